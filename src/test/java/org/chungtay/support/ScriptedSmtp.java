package org.chungtay.support;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server whose answers a test chooses, for what GreenMail cannot do: refuse. It can be down
 * (connection refused), greet with a refusal such as 421, answer each recipient and each message's data with
 * a chosen code (keeping what it accepted), or pass every connection through to a real SMTP server (GreenMail),
 * and be switched between these while a test runs. Each connection is served by a thread of its own.
 */
public final class ScriptedSmtp implements AutoCloseable {

    private final int port;
    private final List<MimeMessage> accepted = new CopyOnWriteArrayList<>();
    private final List<MimeMessage> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile ServerSocket server;
    private volatile Script script = Script.answering(recipient -> 250, recipient -> 250);

    private ScriptedSmtp(int port) {
        this.port = port;
    }

    /** Starts answering every recipient and message with 250, on a free port of the loopback address. */
    public static ScriptedSmtp start() {
        try {
            ScriptedSmtp smtp = new ScriptedSmtp(TestDatabase.freePort());
            smtp.up();
            return smtp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        ServerSocket listening = server;
        server = null;
        if (listening != null) {
            try {
                listening.close();
            } catch (IOException ignored) {
                // closed either way
            }
        }
    }

    /** Listens again on the same port. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = listening;
            Thread acceptor = new Thread(() -> accept(listening), "scripted-smtp-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greets every new connection with this code (such as 421) and closes it. */
    public void greetWith(int code) {
        up();
        script = new Script(code, null, null, 0);
    }

    /** Answers RCPT TO and the end of each message's data with the code the functions give for the recipient. */
    public void answer(ToIntFunction<String> toRecipient, ToIntFunction<String> toData) {
        up();
        script = Script.answering(toRecipient, toData);
    }

    /** Passes every new connection through to the SMTP server on this port of the loopback address. */
    public void relayTo(int targetPort) {
        up();
        script = new Script(220, null, null, targetPort);
    }

    /** The messages accepted while answering, in order, each as its server parsed it. */
    public List<MimeMessage> accepted() {
        return List.copyOf(accepted);
    }

    /** Every message whose data reached the server, whatever it answered. */
    public List<MimeMessage> seen() {
        return List.copyOf(seen);
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                connections.incrementAndGet();
                Script now = script;
                Thread serving = new Thread(() -> serve(client, now), "scripted-smtp-client");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client, Script now) {
        try (client) {
            client.setSoTimeout(30_000);
            if (now.relayPort() > 0) {
                relay(client, now.relayPort());
                return;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            Writer out = new java.io.OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
            if (now.greeting() != 220) {
                reply(out, now.greeting() + " 4.3.2 Service not available, closing transmission channel");
                return;
            }
            reply(out, "220 scripted.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted.test");
                } else if (command.startsWith("MAIL FROM")) {
                    recipient = null;
                    reply(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    int code = now.toRecipient().applyAsInt(address);
                    if (code == 250) {
                        recipient = address;
                    }
                    reply(out, code + (code < 300 ? " 2.1.5 OK" : code < 500 ? " 4.2.0 Try again later"
                            : " 5.1.1 No such mailbox"));
                } else if (command.equals("DATA")) {
                    if (recipient == null) {
                        reply(out, "503 5.5.1 No recipient");
                        continue;
                    }
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    MimeMessage message = new MimeMessage((Session) null, new ByteArrayInputStream(readData(in)));
                    seen.add(message);
                    int code = now.toData().applyAsInt(recipient);
                    if (code == 250) {
                        accepted.add(message);
                    }
                    reply(out, code + (code < 300 ? " 2.0.0 Queued" : code < 500 ? " 4.3.0 Try again later"
                            : " 5.7.1 Message refused"));
                    recipient = null;
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    recipient = command.startsWith("RSET") ? null : recipient;
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "500 5.5.2 Unknown command");
                }
            }
        } catch (IOException | MessagingException ignored) {
            // the client went away
        }
    }

    private static byte[] readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    private static void relay(Socket client, int targetPort) throws IOException {
        try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            Thread back = new Thread(() -> copy(target, client), "scripted-smtp-relay");
            back.setDaemon(true);
            back.start();
            copy(client, target);
            try {
                back.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException ignored) {
            // one side closed
        }
    }

    /** What the server does with a new connection. */
    private record Script(int greeting, ToIntFunction<String> toRecipient, ToIntFunction<String> toData, int relayPort) {

        static Script answering(ToIntFunction<String> toRecipient, ToIntFunction<String> toData) {
            return new Script(220, toRecipient, toData, 0);
        }
    }
}

package org.chungtay.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.ChungTayApplication;

/**
 * Another node of the portal in a process of its own, as an operator starts it: configured only
 * through environment variables, its console output kept for the test to read.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private PortalProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> output.append(line).append('\n'));
            } catch (IOException | UncheckedIOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a node on a free port with the tests' SMTP server and the given database. */
    public static PortalProcess start(String dbUrl) {
        return start(settings(dbUrl), Path.of("."));
    }

    /** The settings of a node on the given database and the tests' SMTP server, to add to. */
    public static Map<String, String> settings(String dbUrl) {
        return new HashMap<>(Map.of("DB_URL", dbUrl, "DB_USER", TestDatabase.user(),
                "DB_PASSWORD", TestDatabase.password(), "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(TestMail.port())));
    }

    /**
     * Starts a node on a free port in the given folder with exactly the given settings: none of the
     * portal's variables of the environment the tests run in reach it. Vaadin's development mode gets
     * only as far as the web server outside the project's folder. A node lives for seconds, beside the test
     * JVM and maybe another node on two cores: the quick compiler and one GC thread start it sooner and leave the
     * cores to the rest of the build.
     */
    public static PortalProcess start(Map<String, String> settings, Path workingDirectory) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ChungTayApplication.class.getName(),
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.devmode.liveReload.enabled=false",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
        builder.redirectErrorStream(true);
        builder.directory(workingDirectory.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD", "SMTP_HOST", "SMTP_PORT",
                "CHUNGTAY_DEMO", "ADMIN_PASSWORD", "ADMIN_EMAIL"));
        environment.put("PORT", "0");
        environment.putAll(settings);
        try {
            return new PortalProcess(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start another portal process", e);
        }
    }

    /** Waits until the node serves requests; returns the port it chose. */
    public int awaitPort(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher started = STARTED.matcher(output);
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The other portal did not start:\n" + output);
    }

    /** Waits until a line of the output contains the text; false if the process ended or time ran out first. */
    public boolean awaitOutput(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!output.toString().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return output.toString().contains(text);
            }
            Thread.sleep(250);
        }
        return true;
    }

    /** Waits for the process to end by itself; returns its exit code, or -1 if it still runs. */
    public int awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    /** Ends the process at once, as a crash or a pulled plug would: no graceful stop, no shutdown hook. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

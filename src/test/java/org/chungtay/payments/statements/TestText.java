package org.chungtay.payments.statements;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Vietnamese text written in the encodings statements come in, for tests. */
final class TestText {

    private TestText() {
    }

    /**
     * Windows-1258 as Windows writes it: letters the code page has whole (á, â, ơ, đ…) as one byte,
     * the others as a base letter and a separate tone mark ("ỹ" is "y" and U+0303).
     */
    static byte[] windows1258(String text) {
        CharsetEncoder encoder = TextEncoding.WINDOWS_1258.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            if (!encoder.canEncode(c)) {
                String decomposed = Normalizer.normalize(c, Normalizer.Form.NFD);
                StringBuilder base = new StringBuilder();
                StringBuilder tones = new StringBuilder();
                for (char part : decomposed.toCharArray()) {
                    boolean tone = part == '\u0300' || part == '\u0301' || part == '\u0303' || part == '\u0309' || part == '\u0323';
                    (tone ? tones : base).append(part);
                }
                c = Normalizer.normalize(base, Normalizer.Form.NFC) + tones;
            }
            out.writeBytes(encode(encoder, c));
        }
        return out.toByteArray();
    }

    static byte[] tcvn3(String text) {
        return encode(Tcvn3Charset.INSTANCE.newEncoder(), Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8WithBom(String text) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
    }

    static byte[] utf16LeWithBom(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] utf16BeWithBom(String text) {
        return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] encode(CharsetEncoder encoder, String text) {
        try {
            ByteBuffer bytes = encoder.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException unmappable) {
            throw new IllegalArgumentException("Cannot encode " + text + " in " + encoder.charset(), unmappable);
        }
    }
}

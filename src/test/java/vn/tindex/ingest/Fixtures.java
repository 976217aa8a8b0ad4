package vn.tindex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Test fixtures beside this package, and encoders for the legacy shapes pages come in. */
final class Fixtures {
    /** Grave, acute, tilde, hook above, dot below: the tone marks windows-1258 has as combining characters. */
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture vn/tindex/ingest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * Encodes Vietnamese text in windows-1258 as legacy pages do: a precomposed base letter where the code page has
     * one (â, ê, ô, ơ, ư, ă, đ) plus a combining tone mark. The JDK cannot encode NFC Vietnamese directly.
     */
    static byte[] windows1258(String text) {
        CharsetEncoder encoder = TextBytes.WINDOWS_1258.newEncoder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder letter = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                (TONE_MARKS.indexOf(mark) >= 0 ? tones : letter).append(mark);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        try {
            ByteBuffer buffer = encoder.encode(java.nio.CharBuffer.wrap(out));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not encodable in windows-1258: " + text, e);
        }
    }
}

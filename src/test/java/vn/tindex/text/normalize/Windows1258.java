package vn.tindex.text.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/** Encodes text in windows-1258 as legacy pages do: a precomposed base letter plus a combining tone mark. */
final class Windows1258 {
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private Windows1258() {}

    static byte[] encode(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
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
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(out));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not encodable in windows-1258: " + text, e);
        }
    }
}

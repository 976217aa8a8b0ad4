package vn.tindex.text.normalize;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Finds and repairs Vietnamese text in a legacy encoding ({@link LegacyEncoding}): each candidate decoding is scored
 * by how many of the words with non-ASCII letters become well-formed Vietnamese syllables, and a decoding wins only
 * when it makes clearly more of them than the text as it is. Unicode Vietnamese is left alone: its words are already
 * syllables, and decoding them as TCVN3 or VNI breaks them. Lines are judged one by one once the whole text has
 * shown the encoding, so a Unicode menu above a TCVN3 body stays as it is. Stateless.
 */
public final class LegacyText {
    /** A decoding must win by this many syllables over the whole text, and over each line it changes. */
    private static final int MARGIN = 2;
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private LegacyText() {}

    /** The legacy encoding of {@code text}, when it has one. */
    public static Optional<LegacyEncoding> detect(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (!suspicious(text)) {
            return Optional.empty();
        }
        // Only lines that could be legacy text count: bytes shown through windows-1252 never give a letter such as
        // ư, ạ or ế, so a line holding one is Unicode already.
        StringBuilder candidates = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            if (!hasUnicodeLetters(text, start, end)) {
                candidates.append(text, start, end);
            }
            start = end;
        }
        String lines = candidates.toString();
        if (!suspicious(lines)) {
            return Optional.empty();
        }
        int asIs = syllables(lines);
        LegacyEncoding best = null;
        int bestScore = asIs + MARGIN - 1;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            int score = syllables(e.decode(lines).text());
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when {@code text[start, end)} holds a letter that no legacy text shown through windows-1252 has. */
    private static boolean hasUnicodeLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x100 && c <= 0x1EFF && Character.isLetter(c) && CP1252_LETTERS.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The letters windows-1252 puts at 0x80..0x9F (Š, Œ, Ž, š, œ, ž, Ÿ, ƒ). */
    private static final String CP1252_LETTERS = "\u0160\u0152\u017D\u0161\u0153\u017E\u0178\u0192";

    /** The text with its legacy-encoded lines converted to Unicode (NFC), and the offset map; unchanged when none. */
    public static NormalizedText repair(String text) {
        Optional<LegacyEncoding> encoding = detect(text);
        if (encoding.isEmpty()) {
            return NormalizedText.unchanged(text);
        }
        LegacyEncoding e = encoding.get();
        OffsetMap.Builder out = new OffsetMap.Builder(text.length());
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(start, end);
            NormalizedText decoded = e.decode(line);
            if (!hasUnicodeLetters(line, 0, line.length()) && !decoded.text().equals(line)
                    && syllables(decoded.text()) > syllables(line)) {
                for (int j = 0; j < decoded.text().length(); j++) {
                    int[] span = decoded.toOriginal(j, j + 1);
                    out.append(decoded.text().charAt(j), start + span[0], start + span[1]);
                }
            } else {
                for (int j = 0; j < line.length(); j++) {
                    out.append(line.charAt(j), start + j, start + j + 1);
                }
            }
            start = end;
        }
        return new NormalizedText(text, out.text(), out.map());
    }

    /**
     * Text of bytes that are not UTF-8: windows-1258, TCVN3 or VNI, whichever reads as the most Vietnamese syllables
     * (windows-1258 when none does better). The result is NFC.
     */
    public static String decode(byte[] bytes, int offset, int length) {
        String shown = new String(bytes, offset, length, CP1252);
        Optional<LegacyEncoding> e = detect(shown);
        return e.map(x -> x.decode(shown).text())
                .orElseGet(() -> LegacyEncoding.WINDOWS_1258.decode(shown).text());
    }

    /** Cheap test: any Latin-1 symbol or letter that Vietnamese does not use (TCVN3, VNI and cp1258 all need one). */
    static boolean suspicious(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA1 && c <= 0xFF && "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Well-formed syllables among the words that hold a non-ASCII character. */
    static int syllables(String text) {
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean nonAscii = false;
            while (i < n && !isSeparator(text.charAt(i))) {
                nonAscii |= text.charAt(i) >= 0x80;
                i++;
            }
            if (nonAscii && VietSyllables.isSyllable(text.substring(start, i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isSeparator(char c) {
        return c <= ' ' || (c < 0x80 && !Character.isLetterOrDigit(c)) || c == '\u00A0';
    }
}

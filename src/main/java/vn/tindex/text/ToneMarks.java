package vn.tindex.text;

/**
 * One tone-mark convention for matching and indexing. Vietnamese writes open syllables ending in oa, oe and uy
 * two ways: the old placement on the second vowel ({@code hoà, khoẻ, thuỷ, Uỷ}) and the modern one on the first
 * ({@code hòa, khỏe, thủy, Ủy}). Both map to the modern form. Every change swaps two characters in place, so the
 * result has the same length and the same offsets as the input: a span found in the canonical form points at the
 * same characters of the original.
 */
public final class ToneMarks {
    // Tone mark order in each row: grave, acute, hook, tilde, dot.
    private static final String[] SECOND = {"àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"};
    private static final char[] BASE_SECOND = {'a', 'e', 'y'};
    private static final char[] FIRST = {'o', 'o', 'u'};
    private static final String[] FIRST_MARKED = {"òóỏõọ", "òóỏõọ", "ùúủũụ"};

    private ToneMarks() {}

    /** For each character up to U+1EFF: 0, or 1 + row * 5 + tone when it is a second vowel with a tone mark. */
    private static final byte[] MARKED = new byte[0x1F00];

    static {
        for (int row = 0; row < SECOND.length; row++) {
            for (int tone = 0; tone < 5; tone++) {
                char c = SECOND[row].charAt(tone);
                MARKED[c] = (byte) (1 + row * 5 + tone);
                MARKED[Character.toUpperCase(c)] = (byte) (1 + row * 5 + tone);
            }
        }
    }

    /** The text with old-style tone marks moved to the modern position; same length as the input. */
    public static String canonical(String text) {
        char[] out = null;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= MARKED.length || MARKED[c] == 0) {
                continue;
            }
            int row = (MARKED[c] - 1) / 5;
            int tone = (MARKED[c] - 1) % 5;
            char prev = text.charAt(i - 1);
            if (Character.toLowerCase(prev) != FIRST[row] || !endsSyllable(text, i + 1)) {
                continue;
            }
            // "quý", "quỳnh": after q the u is part of the consonant, the mark stays on y.
            if (row == 2 && i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'q') {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            char marked = FIRST_MARKED[row].charAt(tone);
            out[i - 1] = Character.isUpperCase(prev) ? Character.toUpperCase(marked) : marked;
            out[i] = Character.isUpperCase(c) ? Character.toUpperCase(BASE_SECOND[row]) : BASE_SECOND[row];
        }
        return out == null ? text : new String(out);
    }

    private static boolean endsSyllable(String text, int i) {
        return i >= text.length() || !Character.isLetter(text.charAt(i));
    }
}

package vn.tindex.text;

/**
 * Writes text in the old tone-mark convention: in an open syllable ending in oa, oe or uy (not after q) the mark goes
 * on the second vowel ({@code hòa → hoà}, {@code thủy → thuỷ}, {@code Ủy → Uỷ}, {@code khỏe → khoẻ}). The inverse of
 * {@link ToneMarks#canonical}, for tests.
 */
final class OldTones {
    private static final String MARKED_O = "òóỏõọ";
    private static final String MARKED_U = "ùúủũụ";
    private static final String[] SECOND = {"àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"};

    private OldTones() {}

    static String rewrite(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i + 1 < out.length; i++) {
            char c = Character.toLowerCase(out[i]);
            char next = Character.toLowerCase(out[i + 1]);
            int tone = MARKED_O.indexOf(c);
            int row = -1;
            if (tone >= 0 && (next == 'a' || next == 'e')) {
                row = next == 'a' ? 0 : 1;
            } else if ((tone = MARKED_U.indexOf(c)) >= 0 && next == 'y'
                    && !(i > 0 && Character.toLowerCase(out[i - 1]) == 'q')) {
                row = 2;
            }
            boolean open = i + 2 >= out.length || !Character.isLetter(out[i + 2]);
            if (row < 0 || !open) {
                continue;
            }
            boolean upper = Character.isUpperCase(out[i]);
            out[i] = upper ? Character.toUpperCase(row == 2 ? 'u' : 'o') : (row == 2 ? 'u' : 'o');
            char marked = SECOND[row].charAt(tone);
            out[i + 1] = Character.isUpperCase(out[i + 1]) ? Character.toUpperCase(marked) : marked;
        }
        return new String(out);
    }
}

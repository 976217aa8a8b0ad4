package vn.tindex.text.segment;

import java.text.Normalizer;

/**
 * Vietnamese reduplicatives ({@code lung tung}, {@code chằm chằm}, {@code bâng khuâng}) are one word: two syllables
 * that repeat each other whole, without the tone, in the onset or in the rhyme. Works on lower-case NFC syllables
 * with table lookups (no regular expressions): it runs for every pair of syllables the segmenter sees.
 */
final class Reduplication {
    private static final String[] ONSETS = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"};
    private static final String SINGLE_ONSETS = "bcdđghklmnprstvx";
    private static final char FIRST = '\u00C0';
    private static final char LAST = '\u1EFF';
    /** The letter without its tone mark (keeping circumflex, breve and horn), for U+00C0..U+1EFF. */
    private static final char[] TONELESS = new char[LAST - FIRST + 1];

    static {
        for (char c = FIRST; c <= LAST; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String bare = Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    Normalizer.Form.NFC);
            TONELESS[c - FIRST] = bare.length() == 1 ? bare.charAt(0) : c;
        }
    }

    private Reduplication() {}

    /** "same", "tone" (same but the tone), "onset" or "rhyme" when two lower-case syllables repeat; else null. */
    static String kind(String a, String b) {
        if (a.equals(b)) {
            return "same";
        }
        String ta = toneless(a);
        String tb = toneless(b);
        if (ta.equals(tb)) {
            return "tone";
        }
        int oa = onsetLength(ta);
        int ob = onsetLength(tb);
        if (oa == ta.length() || ob == tb.length()) {
            return null;
        }
        if (oa > 0 && ta.regionMatches(0, tb, 0, Math.max(oa, ob)) && oa == ob) {
            return "onset";
        }
        return ta.regionMatches(oa, tb, ob, Math.max(ta.length() - oa, tb.length() - ob))
                && ta.length() - oa == tb.length() - ob ? "rhyme" : null;
    }

    static String toneless(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST && c <= LAST && TONELESS[c - FIRST] != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = TONELESS[c - FIRST];
            }
        }
        return out == null ? s : new String(out);
    }

    /** The length of the onset consonant(s) at the start of a toneless syllable (the regex's greedy choice). */
    private static int onsetLength(String s) {
        for (String onset : ONSETS) {
            if (s.startsWith(onset)) {
                return onset.length();
            }
        }
        return !s.isEmpty() && SINGLE_ONSETS.indexOf(s.charAt(0)) >= 0 ? 1 : 0;
    }
}

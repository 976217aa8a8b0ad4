package vn.tindex.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts Vietnamese tone marks in one convention: in an open syllable ending in {@code oa}, {@code oe} or {@code uy}
 * (not after {@code q}), the mark moves from the second vowel to the first, so the old {@code hoà, khoẻ, thuỷ, uỷ}
 * become the modern {@code hòa, khỏe, thủy, ủy}. {@code quý}, {@code hoàn}, {@code huỳnh} are left alone.
 *
 * <p>Expects lower-case NFC input (put it after the NFC and lower-case filters). Token length and offsets are kept.
 */
public final class ToneMarkFilter extends TokenFilter {
    /** a, e, y with the five tone marks, in the order grave, acute, hook, tilde, dot below. */
    private static final String TONED_SECOND = "àáảãạ" + "èéẻẽẹ" + "ỳýỷỹỵ";
    private static final String BASE_SECOND = "aey";
    private static final String TONED_O = "òóỏõọ";
    private static final String TONED_U = "ùúủũụ";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ToneMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        normalize(termAtt.buffer(), termAtt.length());
        return true;
    }

    /** Rewrites {@code buffer[0, length)} in place; returns whether anything changed. */
    static boolean normalize(char[] buffer, int length) {
        boolean changed = false;
        for (int i = 1; i < length; i++) {
            int k = TONED_SECOND.indexOf(buffer[i]);
            if (k < 0 || (i + 1 < length && Character.isLetter(buffer[i + 1]))) {
                continue; // no tone here, or the syllable goes on (hoàn, hoài, khuyến)
            }
            char base = BASE_SECOND.charAt(k / 5);
            char first = base == 'y' ? 'u' : 'o';
            if (buffer[i - 1] != first || (i >= 2 && buffer[i - 2] == 'q')) {
                continue; // not oa/oe/uy, or qu- where u belongs to the consonant (quý, quả)
            }
            buffer[i - 1] = (first == 'u' ? TONED_U : TONED_O).charAt(k % 5);
            buffer[i] = base;
            changed = true;
        }
        return changed;
    }

    /** The modern-convention form of a lower-case NFC string. */
    static String normalize(String lowerNfc) {
        char[] chars = lowerNfc.toCharArray();
        return normalize(chars, chars.length) ? new String(chars) : lowerNfc;
    }
}

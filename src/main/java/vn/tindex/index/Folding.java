package vn.tindex.index;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/** Folding of single terms, the same mapping the folded analyzer applies to each token. */
final class Folding {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Folding() {}

    /** {@code "Nhiệm"} gives {@code "nhiem"}, {@code "Đô"} gives {@code "do"}; no tokenizing. */
    static String fold(String term) {
        return ICUFoldingFilter.NORMALIZER.normalize(term);
    }

    /** Whether the user typed diacritics (or đ) in {@code text}: folding changes more than the case. */
    static boolean hasDiacritics(String text) {
        String lower = NFC.normalize(text).toLowerCase(Locale.ROOT);
        return !fold(lower).equals(lower);
    }
}

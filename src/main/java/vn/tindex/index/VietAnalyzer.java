package vn.tindex.index;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text as syllable tokens: StandardTokenizer, NFC (so NFD input works), lower case, one tone-mark
 * convention ({@link ToneMarkFilter}). The {@linkplain #folded() folded} variant also applies ICU folding, so
 * {@code nhiem vu trong tam} matches {@code nhiệm vụ trọng tâm} and đ becomes d. Thread-safe; share one instance.
 */
public final class VietAnalyzer extends Analyzer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final boolean folded;

    private VietAnalyzer(boolean folded) {
        this.folded = folded;
    }

    /** Keeps diacritics: {@code Ủy ban} and {@code Uỷ ban} give {@code ủy ban}. */
    public static VietAnalyzer exact() {
        return new VietAnalyzer(false);
    }

    /** Drops diacritics: {@code Ủy ban} gives {@code uy ban}, {@code Đà Nẵng} gives {@code da nang}. */
    public static VietAnalyzer folded() {
        return new VietAnalyzer(true);
    }

    public boolean isFolded() {
        return folded;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters(source));
    }

    /** Wildcard and prefix terms get the same character mapping as indexed tokens. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return filters(in);
    }

    private TokenStream filters(TokenStream in) {
        TokenStream stream = new ICUNormalizer2Filter(in, NFC);
        stream = new LowerCaseFilter(stream);
        stream = new ToneMarkFilter(stream);
        return folded ? new ICUFoldingFilter(stream) : stream;
    }

    @Override
    public String toString() {
        return folded ? "VietAnalyzer(folded)" : "VietAnalyzer(exact)";
    }
}

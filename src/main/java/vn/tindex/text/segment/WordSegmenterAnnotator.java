package vn.tindex.text.segment;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Marks word boundaries on the tokens of the pipeline, after {@code VietTokenizerAnnotator}: each token gets
 * {@link BeginsWord}, true when it starts a word ({@code Chủ} of {@code Chủ tịch}), false when it continues one
 * ({@code tịch}); punctuation stands alone. For extractors and statistical features that want words, not syllables.
 * Thread-safe.
 */
public final class WordSegmenterAnnotator implements Annotator {
    /** True when the token begins a word, false when it continues the word of the token before it. */
    public static final class BeginsWord implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    private final CrfSegmenter segmenter;

    /** With the shipped model. */
    public WordSegmenterAnnotator() {
        this(Segmenter.shipped().crf());
    }

    public WordSegmenterAnnotator(CrfSegmenter segmenter) {
        if (segmenter == null) {
            throw new IllegalArgumentException("segmenter must not be null");
        }
        this.segmenter = segmenter;
    }

    @Override
    public void annotate(Annotation document) {
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String[] forms = new String[tokens.size()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = tokens.get(i).word();
            }
            boolean[] begins = Segmenter.separatePunctuation(forms, segmenter.begins(forms));
            for (int i = 0; i < forms.length; i++) {
                tokens.get(i).set(BeginsWord.class, begins[i]);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(BeginsWord.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}

package vn.tindex.text.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * The segmenter decoded by CoreNLP's own {@code CRFClassifier.classify}, with the same features and lexicon as
 * {@link CrfSegmenter}: the reference its fast decoder is checked against, and the baseline of the benchmark.
 */
public final class SegmenterBaseline {
    private final CRFClassifier<CoreLabel> classifier;
    private final Lexicon lexicon;

    public SegmenterBaseline(CRFClassifier<CoreLabel> classifier, Lexicon lexicon) {
        if (classifier == null || lexicon == null) {
            throw new IllegalArgumentException("classifier and lexicon must not be null");
        }
        this.classifier = classifier;
        this.lexicon = lexicon;
    }

    /** Which syllables begin a word, as CRFClassifier decodes them. */
    public boolean[] begins(String[] forms) {
        boolean[] out = new boolean[forms.length];
        if (forms.length == 0) {
            return out;
        }
        List<CoreLabel> tokens = SyllableFeatureFactory.tokens(forms, null, lexicon);
        classifier.classify(tokens);
        for (int i = 0; i < out.length; i++) {
            out[i] = !CrfSegmenter.INSIDE.equals(tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class));
        }
        out[0] = true;
        return out;
    }
}

package vn.tindex.text.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Trains the word segmenter: CoreNLP's CRFClassifier over syllables with B/I labels and {@link SyllableFeatures}.
 * Dictionary features of the training sentences are computed across folds: the sentences of fold k see a lexicon
 * built from the other folds only (plus the gazetteers), as unseen text will, so the model does not learn to trust a
 * dictionary that always holds the answer. The model keeps the lexicon of all training sentences.
 */
public final class SegmenterTrainer {

    /**
     * Training settings. {@code sigma}: the Gaussian prior (smaller is smoother); {@code tolerance}: when the optimizer
     * stops; {@code folds}: for the dictionary features (2 or more); {@code gazetteers}: use the project's gazetteers;
     * {@code threads}: for the gradient.
     */
    public record Options(double sigma, double tolerance, int folds, boolean gazetteers, int threads) {
        public Options {
            if (!(sigma > 0)) {
                throw new IllegalArgumentException("sigma must be positive: " + sigma);
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
            }
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be at least 2: " + folds);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }

        public static Options defaults() {
            return new Options(1.0, 1e-4, 10, true, Math.min(2, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final Options options;

    public SegmenterTrainer(Options options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** Trains on {@code sentences}; the result is ready to serialize or {@linkplain CrfSegmenter#compile compile}. */
    public CRFClassifier<CoreLabel> train(List<SegmentedSentence> sentences) {
        if (sentences == null || sentences.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        Gazetteers gazetteers = options.gazetteers() ? Gazetteers.load() : Gazetteers.none();
        List<List<CoreLabel>> documents = new ArrayList<>(sentences.size());
        int folds = Math.min(options.folds(), sentences.size());
        for (int fold = 0; fold < folds; fold++) {
            Lexicon.Builder others = new Lexicon.Builder().addGazetteers(gazetteers);
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds != fold) {
                    others.addSentence(sentences.get(i));
                }
            }
            Lexicon lexicon = others.build();
            for (int i = fold; i < sentences.size(); i += folds) {
                SegmentedSentence s = sentences.get(i);
                documents.add(SyllableFeatureFactory.tokens(s.syllables().toArray(String[]::new), s.begins(), lexicon));
            }
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(properties());
        crf.train(documents, null);
        Lexicon full = new Lexicon.Builder().addGazetteers(gazetteers).addSentences(sentences).build();
        ((SyllableFeatureFactory) crf.featureFactories.get(0)).setLexicon(full);
        return crf;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("featureFactory", SyllableFeatureFactory.class.getName());
        p.setProperty("maxLeft", "1");
        p.setProperty("backgroundSymbol", CrfSegmenter.BEGIN);
        p.setProperty("sigma", String.format(Locale.ROOT, "%s", options.sigma()));
        p.setProperty("tolerance", String.format(Locale.ROOT, "%s", options.tolerance()));
        p.setProperty("multiThreadGrad", Integer.toString(options.threads()));
        p.setProperty("inputEncoding", "UTF-8");
        p.setProperty("outputEncoding", "UTF-8");
        return p;
    }
}

package vn.tindex.text.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import vn.tindex.text.SentenceSplitter;
import vn.tindex.text.Token;
import vn.tindex.text.Tokenizer;
import vn.tindex.text.normalize.NormalizedText;
import vn.tindex.text.normalize.TextNormalizer;

/**
 * Vietnamese word segmentation of raw text: normalization ({@link TextNormalizer}), tokens and sentences
 * ({@link Tokenizer}, {@link SentenceSplitter}), then the trained CRF ({@link CrfSegmenter}) joins syllables into
 * words. Words carry offsets into the text as given. Loaded once; thread-safe.
 *
 * <p>The shipped model is {@value #RESOURCE}: on the class path (the build packages the repository's models/ folder
 * into the jar), else in {@code models/} under the working directory.
 */
public final class Segmenter {
    /** The shipped model: a class-path resource, and a file under the working directory. */
    public static final String RESOURCE = "models/vi-segmenter-1.crf.ser.gz";

    private final CrfSegmenter crf;
    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Segmenter(CrfSegmenter crf) {
        if (crf == null) {
            throw new IllegalArgumentException("crf must not be null");
        }
        this.crf = crf;
    }

    private static final class Shipped {
        static final Segmenter INSTANCE = new Segmenter(CrfSegmenter.compile(loadShipped()));
    }

    /** The shipped model, loaded on first use; fails naming where it looked when the model is missing. */
    public static Segmenter shipped() {
        return Shipped.INSTANCE;
    }

    /** A model file as {@code tindex train segmenter} writes it. */
    public static Segmenter load(Path model) {
        return new Segmenter(CrfSegmenter.compile(loadClassifier(model)));
    }

    /** The CoreNLP classifier of a model file (for evaluation and comparison). */
    public static CRFClassifier<CoreLabel> loadClassifier(Path model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("segmenter model not found: " + model.toAbsolutePath());
        }
        try {
            return CRFClassifier.getClassifier(model.toFile());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("cannot load segmenter model " + model + ": " + e.getMessage(), e);
        }
    }

    /** The CoreNLP classifier of the shipped model. */
    public static CRFClassifier<CoreLabel> loadShipped() {
        try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return CRFClassifier.getClassifier(new GZIPInputStream(in));
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("cannot load segmenter model " + RESOURCE + " from the class path: "
                    + e.getMessage(), e);
        }
        Path file = Path.of(RESOURCE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("segmenter model not found: looked for " + RESOURCE + " on the class path"
                    + " and at " + file.toAbsolutePath() + " (train it with: tindex train segmenter)");
        }
        return loadClassifier(file);
    }

    public CrfSegmenter crf() {
        return crf;
    }

    /** The words of {@code text}, sentence by sentence, with offsets into {@code text}. */
    public List<List<Word>> sentences(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        NormalizedText normalized = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(normalized.text());
        List<List<Word>> sentences = new ArrayList<>();
        for (int[] range : splitter.split(normalized.text(), tokens)) {
            List<Token> sentence = tokens.subList(range[0], range[1]);
            sentences.add(words(normalized, sentence));
        }
        return sentences;
    }

    /** The words of {@code text} in order, with offsets into {@code text}. */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        sentences(text).forEach(words::addAll);
        return words;
    }

    /**
     * Which of the tokens of one sentence begin a word (the first always does). Punctuation stands alone: the
     * treebank joins "17 - 3 – 2004" into one word, which the tokenizer already makes one token, so the model's
     * habit of joining digits and punctuation would only glue a date to the full stop after it.
     */
    public boolean[] begins(List<String> tokens) {
        String[] forms = tokens.toArray(String[]::new);
        return separatePunctuation(forms, crf.begins(forms));
    }

    /** Sets a word boundary before and after every token without a letter or digit. */
    static boolean[] separatePunctuation(String[] forms, boolean[] begins) {
        for (int i = 0; i < forms.length; i++) {
            if (SyllableFeatures.shape(forms[i]) == 'p') {
                begins[i] = true;
                if (i + 1 < forms.length) {
                    begins[i + 1] = true;
                }
            }
        }
        return begins;
    }

    private List<Word> words(NormalizedText normalized, List<Token> sentence) {
        String[] forms = new String[sentence.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = sentence.get(i).text();
        }
        boolean[] begins = separatePunctuation(forms, crf.begins(forms));
        List<Word> words = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= forms.length; i++) {
            if (i == forms.length || begins[i]) {
                int[] span = normalized.toOriginal(sentence.get(first).start(), sentence.get(i - 1).end());
                StringBuilder joined = new StringBuilder(forms[first]);
                for (int k = first + 1; k < i; k++) {
                    joined.append(' ').append(forms[k]);
                }
                words.add(new Word(normalized.original().substring(span[0], span[1]), span[0], span[1], i - first,
                        joined.toString()));
                first = i;
            }
        }
        return words;
    }
}

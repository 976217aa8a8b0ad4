package vn.tindex.extract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * The statistical tagger for organizations and people: a CoreNLP CRFClassifier over the project's syllable tokens,
 * trained on the corpus train split ({@link NerLabeler}). Loaded once; tagging is thread-safe.
 */
public final class NerModel {
    /** Where the shipped model lives, on the classpath (packaged from the repository's models/ folder). */
    public static final String RESOURCE = "models/vi-ner-1.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;

    private NerModel(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** The shipped model; fails naming the resource it expected when it is missing. */
    public static NerModel shipped() {
        try (InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model not found on the classpath: " + RESOURCE
                        + " (train it with: tindex train ner)");
            }
            return new NerModel(CRFClassifier.getClassifier(new GZIPInputStream(in)));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load NER model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model read from a file (as {@code train ner} writes it). */
    public static NerModel load(Path file) {
        try {
            return new NerModel(CRFClassifier.getClassifier(file.toFile()));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load NER model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Trains on labelled sentences (label in {@code AnswerAnnotation}) and writes the model to {@code out}. */
    public static NerModel train(List<List<CoreLabel>> sentences, Path out, double tolerance) {
        try {
            Path data = Files.createTempFile("tindex-ner", ".tsv");
            try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
                for (List<CoreLabel> sentence : sentences) {
                    for (CoreLabel t : sentence) {
                        w.write(t.word().replace('\t', ' ') + "\t" + t.get(CoreAnnotations.AnswerAnnotation.class) + "\n");
                    }
                    w.write("\n");
                }
            }
            Properties props = properties(tolerance);
            props.setProperty("trainFile", data.toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            Files.createDirectories(out.toAbsolutePath().getParent());
            crf.serializeClassifier(out.toString());
            Files.deleteIfExists(data);
            return new NerModel(crf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train NER model into " + out, e);
        }
    }

    /** The feature set: words, character n-grams, word shapes, neighbours and label sequences (see models/README.md). */
    static Properties properties(double tolerance) {
        Properties p = new Properties();
        p.setProperty("map", "word=0,answer=1");
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "true");
        p.setProperty("maxLeft", "1");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("wordShape", "chris2useLC");
        p.setProperty("useDisjunctive", "true");
        p.setProperty("disjunctionWidth", "4");
        p.setProperty("tolerance", String.valueOf(tolerance));
        p.setProperty("inputEncoding", "UTF-8");
        p.setProperty("outputEncoding", "UTF-8");
        return p;
    }

    /** Spans of {@code tokens[from, to)} tagged ORG or PER, as document token positions. */
    public List<NerSpan> tag(List<CoreLabel> tokens, int from, int to) {
        List<CoreLabel> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            CoreLabel w = new CoreLabel();
            w.setWord(tokens.get(i).word());
            w.setValue(tokens.get(i).word());
            words.add(w);
        }
        List<CoreLabel> tagged = crf.classifySentence(words);
        List<NerSpan> spans = new ArrayList<>();
        int start = -1;
        String open = null;
        for (int i = 0; i <= tagged.size(); i++) {
            String label = i < tagged.size() ? tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class) : "O";
            String cls = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : null;
            boolean begins = label.startsWith("B-") || cls != null && !cls.equals(open);
            if (open != null && (cls == null || begins)) {
                spans.add(new NerSpan(from + start, from + i, open));
                open = null;
            }
            if (cls != null && open == null) {
                open = cls;
                start = i;
            }
        }
        return spans;
    }
}

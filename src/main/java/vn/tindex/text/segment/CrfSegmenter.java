package vn.tindex.text.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained CoreNLP CRFClassifier segmenter compiled for speed, decoded by Viterbi over its two labels. Its weights
 * are regrouped: all the weights of a syllable (as itself and as each neighbour) in one table entry, likewise for a
 * bigram; templates with few values in arrays indexed by their codes. A sentence then costs a few hash lookups per
 * syllable. The best sequence is exactly CRFClassifier's (a test checks it), without its per-token datum objects and
 * clique trees. Immutable and thread-safe.
 */
public final class CrfSegmenter {
    /** The label of a syllable that begins a word; also the classifier's background symbol. */
    public static final String BEGIN = "B";
    /** The label of a syllable that continues a word. */
    public static final String INSIDE = "I";

    private static final Template[] UNIGRAMS = {Template.W0, Template.WM1, Template.WP1, Template.WM2, Template.WP2};
    private static final Template[] BIGRAMS = {Template.BM1, Template.BP1, Template.BM2, Template.BP2};

    private final Lexicon lexicon;
    private final float[] bias;
    /** syllable key -> weights as W0, W-1, W+1, W-2, W+2, two labels each. */
    private final Map<String, float[]> unigrams;
    /** bigram -> weights as B-1, B+1, B-2, B+2, two labels each. */
    private final Map<String, float[]> bigrams;
    private final Map<String, float[]> trigrams;
    /** coded[k][code]: the weights of Template.CODED[k] with that code, or null. */
    private final float[][][] coded;
    private final Map<Template, Map<String, float[]>> rare;
    private final int featureCount;
    /** transition[previous label][label]. */
    private final float[][] transition;
    private final int begin;

    private CrfSegmenter(Lexicon lexicon, Map<Template, Map<String, float[]>> byTemplate, int featureCount,
                         float[][] transition, int begin) {
        this.lexicon = lexicon;
        this.featureCount = featureCount;
        this.transition = transition;
        this.begin = begin;
        this.bias = byTemplate.get(Template.BIAS).getOrDefault("", new float[2]);
        this.unigrams = group(byTemplate, UNIGRAMS);
        this.bigrams = group(byTemplate, BIGRAMS);
        this.trigrams = byTemplate.get(Template.TRI);
        this.coded = new float[Template.CODED.length][][];
        for (int k = 0; k < coded.length; k++) {
            Template t = Template.CODED[k];
            coded[k] = new float[t.codes][];
            Map<String, float[]> weights = byTemplate.get(t);
            for (int code = 0; code < t.codes; code++) {
                coded[k][code] = weights.get(SyllableFeatures.render(t, code));
            }
        }
        this.rare = new EnumMap<>(Template.class);
        for (Template t : new Template[] {Template.NAME, Template.PHRASE, Template.SURNAME, Template.REDUPLICATION}) {
            rare.put(t, byTemplate.get(t));
        }
    }

    /** One entry per value, holding the weights of each template in turn (zeros where it has none). */
    private static Map<String, float[]> group(Map<Template, Map<String, float[]>> byTemplate, Template[] templates) {
        Map<String, float[]> out = new HashMap<>();
        for (int k = 0; k < templates.length; k++) {
            for (Map.Entry<String, float[]> e : byTemplate.get(templates[k]).entrySet()) {
                float[] w = out.computeIfAbsent(e.getKey(), x -> new float[2 * templates.length]);
                w[2 * k] = e.getValue()[0];
                w[2 * k + 1] = e.getValue()[1];
            }
        }
        return out;
    }

    /** Compiles a classifier trained with {@link SyllableFeatureFactory}. */
    public static CrfSegmenter compile(CRFClassifier<CoreLabel> crf) {
        if (crf.featureFactories.isEmpty() || !(crf.featureFactories.get(0) instanceof SyllableFeatureFactory ff)) {
            throw new IllegalArgumentException("not a segmenter model: its feature factory is "
                    + (crf.featureFactories.isEmpty() ? "missing" : crf.featureFactories.get(0).getClass().getName()));
        }
        if (ff.lexicon() == null) {
            throw new IllegalArgumentException("segmenter model has no lexicon");
        }
        Index<String> classes = crf.classIndex;
        int begin = classes.indexOf(BEGIN);
        if (begin < 0 || classes.indexOf(INSIDE) < 0 || classes.size() != 2) {
            throw new IllegalArgumentException("segmenter model must have the labels B and I only: " + classes);
        }
        float[][] weights = field(crf, "weights");
        Index<String> features = field(crf, "featureIndex");
        List<Index<CRFLabel>> labelIndices = field(crf, "labelIndices");
        Map<Template, Map<String, float[]>> byTemplate = new EnumMap<>(Template.class);
        for (Template t : Template.values()) {
            byTemplate.put(t, new HashMap<>());
        }
        int count = 0;
        float[][] transition = new float[2][2];
        for (int f = 0; f < features.size(); f++) {
            String name = features.get(f);
            float[] w = weights[f];
            if (name.endsWith(SyllableFeatureFactory.NODE_SUFFIX)) {
                float[] byLabel = new float[2];
                boolean nonZero = false;
                for (int j = 0; j < w.length; j++) {
                    byLabel[labelIndices.get(0).get(j).getLabel()[0]] = w[j];
                    nonZero |= w[j] != 0;
                }
                if (nonZero) {
                    String feature = name.substring(0, name.length() - SyllableFeatureFactory.NODE_SUFFIX.length());
                    Template template = Template.of(feature);
                    if (template == null) {
                        throw new IllegalArgumentException("unknown feature template in segmenter model: " + name);
                    }
                    byTemplate.get(template).put(feature.substring(template.prefix.length()), byLabel);
                    count++;
                }
            } else if (name.endsWith(SyllableFeatureFactory.EDGE_SUFFIX)) {
                for (int j = 0; j < w.length; j++) {
                    int[] pair = labelIndices.get(1).get(j).getLabel();
                    transition[pair[0]][pair[1]] += w[j];
                }
            } else {
                throw new IllegalArgumentException("unexpected feature in segmenter model: " + name);
            }
        }
        return new CrfSegmenter(ff.lexicon(), byTemplate, count, transition, begin);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(CRFClassifier<CoreLabel> crf, String name) {
        try {
            Field f = CRFClassifier.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(crf);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read CRFClassifier." + name + " (CoreNLP version changed?)", e);
        }
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Number of node features with a weight. */
    public int featureCount() {
        return featureCount;
    }

    /** Which syllables begin a word; {@code forms} are the syllables (tokens) of one sentence, as written. */
    public boolean[] begins(String[] forms) {
        int n = forms.length;
        boolean[] out = new boolean[n];
        if (n == 0) {
            return out;
        }
        SyllableFeatures features = new SyllableFeatures(forms, lexicon);
        // the weights of each syllable (with two positions of padding each side) and of each bigram, looked up once
        float[][] uni = new float[n + 4][];
        for (int j = -2; j < n + 2; j++) {
            uni[j + 2] = unigrams.get(features.key(j));
        }
        float[][] bi = new float[n + 3][];
        for (int j = -1; j <= n + 1; j++) {
            bi[j + 1] = bigrams.get(features.bigram(j));
        }
        float[][] score = new float[n][];
        int[] codes = new int[Template.CODED.length];
        RareScorer rareScorer = new RareScorer();
        for (int i = 0; i < n; i++) {
            float[] s = new float[] {bias[0], bias[1]};
            add(s, uni[i + 2], 0);
            add(s, uni[i + 1], 2);
            add(s, uni[i + 3], 4);
            add(s, uni[i], 6);
            add(s, uni[i + 4], 8);
            add(s, bi[i + 1], 0);
            add(s, bi[i + 2], 2);
            add(s, bi[i], 4);
            add(s, bi[i + 3], 6);
            add(s, trigrams.get(features.trigram(i)), 0);
            features.codes(i, codes);
            for (int k = 0; k < codes.length; k++) {
                add(s, coded[k][codes[k]], 0);
            }
            rareScorer.target = s;
            features.rare(i, rareScorer);
            score[i] = s;
        }
        return viterbi(score, out);
    }

    private static void add(float[] score, float[] weights, int at) {
        if (weights != null) {
            score[0] += weights[at];
            score[1] += weights[at + 1];
        }
    }

    /** The best labelling; CRFClassifier starts a sentence after the background label (B). */
    private boolean[] viterbi(float[][] score, boolean[] out) {
        int n = score.length;
        float[][] best = new float[n][2];
        int[][] back = new int[n][2];
        for (int c = 0; c < 2; c++) {
            best[0][c] = score[0][c] + transition[begin][c];
        }
        for (int i = 1; i < n; i++) {
            for (int c = 0; c < 2; c++) {
                float from0 = best[i - 1][0] + transition[0][c];
                float from1 = best[i - 1][1] + transition[1][c];
                back[i][c] = from1 > from0 ? 1 : 0;
                best[i][c] = Math.max(from0, from1) + score[i][c];
            }
        }
        int c = best[n - 1][1] > best[n - 1][0] ? 1 : 0;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = c == begin;
            c = back[i][c];
        }
        out[0] = true;
        return out;
    }

    /** Adds the weights of the rare features to the current syllable's label scores. */
    private final class RareScorer implements Template.Sink {
        float[] target;

        @Override
        public void feature(Template template, String value) {
            add(target, rare.get(template).get(value), 0);
        }
    }
}

package vn.tindex.text.segment;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CoreNLP's view of {@link SyllableFeatures}: node features come precomputed on each token ({@link NodeFeatures}),
 * so CRFClassifier trains and tags with exactly the features the fast decoder computes; the only edge feature is the
 * label transition. The {@link Lexicon} the features were computed with travels inside the serialized classifier
 * with this factory, so a model file is complete by itself.
 */
public final class SyllableFeatureFactory extends FeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;

    /** The edge feature: the transition from the previous label. */
    static final String TRANSITION = "#T";
    static final String NODE_SUFFIX = "|C";
    static final String EDGE_SUFFIX = "|CpC";

    /** The node features of a token, without the clique suffix. */
    public static final class NodeFeatures implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<List<String>> getType() {
            return (Class<List<String>>) (Class<?>) List.class;
        }
    }

    private Lexicon lexicon;

    Lexicon lexicon() {
        return lexicon;
    }

    void setLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        if (clique == cliqueC) {
            List<String> node = info.get(position).get(NodeFeatures.class);
            if (node == null) {
                throw new IllegalStateException("token " + position + " has no NodeFeatures: compute them with"
                        + " SyllableFeatures before calling CRFClassifier");
            }
            List<String> out = new ArrayList<>(node.size());
            for (String f : node) {
                out.add(f + NODE_SUFFIX);
            }
            return out;
        }
        if (clique == cliqueCpC) {
            return List.of(TRANSITION + EDGE_SUFFIX);
        }
        return List.of();
    }

    /** CoreNLP tokens for {@code forms}, with node features and, when {@code begins} is given, gold answers. */
    static List<CoreLabel> tokens(String[] forms, boolean[] begins, Lexicon lexicon) {
        SyllableFeatures features = new SyllableFeatures(forms, lexicon);
        List<CoreLabel> tokens = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            CoreLabel t = new CoreLabel();
            t.setWord(forms[i]);
            t.setValue(forms[i]);
            List<String> node = new ArrayList<>(28);
            features.features(i, (template, value) -> node.add(template.prefix + value));
            t.set(NodeFeatures.class, node);
            if (begins != null) {
                String label = begins[i] ? CrfSegmenter.BEGIN : CrfSegmenter.INSIDE;
                t.set(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class, label);
                t.set(edu.stanford.nlp.ling.CoreAnnotations.GoldAnswerAnnotation.class, label);
            }
            tokens.add(t);
        }
        return tokens;
    }
}

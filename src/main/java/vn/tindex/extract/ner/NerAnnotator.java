package vn.tindex.extract.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.text.TokenKeys;

/**
 * Runs the statistical tagger ({@link NerModel}). With {@code everywhere} it tags every sentence (to score the model
 * alone); otherwise only the stretches that start with a capitalized word that can head a body's name ("Chi cục",
 * "Vụ", "Ban", "Trung tâm", ...), which is where the rules need it and keeps extraction fast.
 */
public final class NerAnnotator implements Annotator {
    /** First words of the names the rules leave to the model (see SpanAgencies): only there is the model run. */
    private static final Set<String> HEADS = Set.of("chi", "cục", "tổng", "vụ", "ban", "trung", "viện", "đài", "bệnh",
            "trường", "vườn", "hạt");
    private static final int WINDOW = 12;
    private final NerModel model;
    private final boolean everywhere;

    public NerAnnotator(NerModel model, boolean everywhere) {
        this.model = model;
        this.everywhere = everywhere;
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<NerSpan> spans = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            int to = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
            if (everywhere) {
                spans.addAll(model.tag(tokens, from, to));
                continue;
            }
            for (int i = from; i < to; i++) {
                CoreLabel t = tokens.get(i);
                if (!Character.isUpperCase(t.originalText().charAt(0)) || !HEADS.contains(t.get(TokenKeys.Lower.class))) {
                    continue;
                }
                int start = Math.max(from, i - 1);
                int end = Math.min(to, i + WINDOW);
                for (NerSpan s : model.tag(tokens, start, end)) {
                    if (s.tokenStart() >= i && s.label().equals(NerSpan.ORG)) {
                        spans.add(s);
                        i = Math.max(i, s.tokenEnd() - 1);
                    }
                }
            }
        }
        document.set(FactKeys.NerSpans.class, spans);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.NerSpans.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, TokenKeys.Lower.class);
    }
}

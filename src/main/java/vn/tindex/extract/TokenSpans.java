package vn.tindex.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/** Small operations on token stretches that several extractors share. */
public final class TokenSpans {
    private TokenSpans() {}

    /** Whether a ";" stands in tokens [from, to): the two ends are in different clauses. */
    public static boolean clauseBreak(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word().equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** A stretch of tokens as a CoreMap that TokensRegex can run over (offsets from its tokens). */
    public static CoreMap segment(List<CoreLabel> tokens) {
        CoreMap segment = new ArrayCoreMap(4);
        segment.set(CoreAnnotations.TokensAnnotation.class, tokens);
        segment.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
        segment.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(tokens.size() - 1).endPosition());
        return segment;
    }
}

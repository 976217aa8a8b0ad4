package vn.tindex.text;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * The annotation keys the Vietnamese text layer adds to CoreNLP tokens, beside the standard ones
 * ({@code word} holds the canonical tone-mark spelling, {@code originalText} the text as written).
 */
public final class TokenKeys {
    private TokenKeys() {}

    /** The canonical spelling in lower case: what rules and gazetteers match against. */
    public static final class Lower implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The index of the paragraph the token or sentence belongs to (0-based). */
    public static final class Paragraph implements CoreAnnotation<Integer> {
        @Override
        public Class<Integer> getType() {
            return Integer.class;
        }
    }

    /** The canonical spelling of the whole document text (same length and offsets as the text). */
    public static final class CanonicalText implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }
}

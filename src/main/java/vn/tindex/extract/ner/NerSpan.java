package vn.tindex.extract.ner;

/** A span the statistical tagger labelled: document token positions [tokenStart, tokenEnd) and its class. */
public record NerSpan(int tokenStart, int tokenEnd, String label) {
    /** Organizations and people: the two classes the model is trained for. */
    public static final String ORG = "ORG";
    public static final String PER = "PER";
}

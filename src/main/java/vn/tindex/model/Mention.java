package vn.tindex.model;

/** A span of an article's text: {@code text} equals {@code articleText.substring(start, end)}. */
public record Mention(int start, int end, String text) {
    public Mention {
        Checks.span(start, end, text);
    }

    /** Cuts the mention out of the text it points into. */
    public static Mention of(String articleText, int start, int end) {
        return new Mention(start, end, articleText.substring(start, end));
    }
}

package vn.tindex.model;

import java.util.List;

/**
 * An article as read from its source: {@code text} is NFC, boilerplate removed, paragraphs joined by a blank line.
 * {@code captions} are photo captions kept apart from the body; {@code source} names the input it came from;
 * {@code publisher} is how the portal or paper names itself (site name, the headline's suffix, its header, a
 * "Nguồn:" line), or null: the extractors read the article's jurisdiction from it when the body does not say.
 */
public record Article(String id, String url, String site, String title, String published, String author,
                      String text, List<String> captions, String source, String publisher) {
    public Article {
        Checks.required(id, "id");
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        captions = Checks.list(captions);
    }

    /** An article whose publisher is not known. */
    public Article(String id, String url, String site, String title, String published, String author, String text,
                   List<String> captions, String source) {
        this(id, url, site, title, published, author, text, captions, source, null);
    }
}

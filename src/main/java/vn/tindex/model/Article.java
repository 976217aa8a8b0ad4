package vn.tindex.model;

import java.util.List;

/**
 * An article as read from its source: {@code text} is NFC, boilerplate removed, paragraphs joined by a blank line.
 * {@code captions} are photo captions kept apart from the body; {@code source} names the input it came from.
 */
public record Article(String id, String url, String site, String title, String published, String author,
                      String text, List<String> captions, String source) {
    public Article {
        Checks.required(id, "id");
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        captions = Checks.list(captions);
    }
}

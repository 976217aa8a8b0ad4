package vn.tindex.ingest;

import java.util.List;
import vn.tindex.model.Article;

/**
 * Reads a plain-text article: UTF-8 (a BOM is dropped), or windows-1258 when the bytes are not UTF-8; the text is
 * cleaned ({@link TextCleaner}) and kept whole: no title, date or caption detection. A last paragraph that is a bare
 * name ("Bích Diệp") is taken as the author and stays in the text. Thread-safe.
 */
public final class TextArticleReader {
    /** The reason given for a text with nothing but whitespace. */
    public static final String EMPTY = "empty file";

    /** Reads text bytes; {@code source} names the input (a path). */
    public ReadResult read(byte[] bytes, String source) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        return read(TextBytes.decode(bytes), source);
    }

    /** Reads decoded text. */
    public ReadResult read(String raw, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (raw == null) {
            throw new IllegalArgumentException("raw must not be null");
        }
        String text = TextCleaner.clean(raw);
        if (text.isEmpty()) {
            return ReadResult.failed(source, EMPTY);
        }
        List<String> paragraphs = TextCleaner.paragraphs(text);
        String last = paragraphs.get(paragraphs.size() - 1);
        String author = paragraphs.size() > 1 && BodyMeta.looksLikeName(last) ? last : null;
        return ReadResult.of(new Article(ArticleIds.of(null, text), null, null, null, null, author, text, List.of(),
                source));
    }
}

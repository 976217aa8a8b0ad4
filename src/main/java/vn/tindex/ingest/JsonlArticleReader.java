package vn.tindex.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/**
 * Reads JSON Lines: one object per line with {@code url} and either {@code html} (a page, or a fragment that is the
 * article) or {@code text}; optional {@code title}, {@code published}, {@code author}, {@code site} override what the
 * page says. {@code url} is carried into the article unchanged. When both html and text are given, html is read. A bad
 * line becomes an {@link Issue} naming {@code source:line} and the reason; the other lines go on. Thread-safe.
 */
public final class JsonlArticleReader {
    private static final List<String> STRING_FIELDS =
            List.of("url", "html", "text", "title", "published", "author", "site");
    private static final Pattern WHOLE_PAGE = Pattern.compile("(?i)<(!doctype|html|head|body)[\\s>/]");

    private final HtmlArticleReader htmlReader;
    private final TextArticleReader textReader = new TextArticleReader();
    private final long maxLineBytes;
    private final JsonMapper json;

    /** A reader whose lines may be as long as {@link ArticleInputs#MAX_FILE_BYTES}. */
    public JsonlArticleReader() {
        this(new HtmlArticleReader(), ArticleInputs.MAX_FILE_BYTES);
    }

    public JsonlArticleReader(HtmlArticleReader htmlReader, long maxLineBytes) {
        if (htmlReader == null) {
            throw new IllegalArgumentException("htmlReader must not be null");
        }
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.htmlReader = htmlReader;
        this.maxLineBytes = maxLineBytes;
        int maxString = (int) Math.min(Integer.MAX_VALUE, maxLineBytes);
        this.json = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                        .build())
                .build();
    }

    /** Reads every line of {@code in} (UTF-8); {@code source} names the input, lines become {@code source:n}. */
    public void read(InputStream in, String source, Consumer<Article> articles, Consumer<Issue> issues)
            throws IOException {
        if (in == null || source == null || articles == null || issues == null) {
            throw new IllegalArgumentException("in, source, articles and issues must not be null");
        }
        BufferedInputStream buffered = new BufferedInputStream(in);
        int number = 0;
        for (Line line = next(buffered); line != null; line = next(buffered)) {
            number++;
            String input = source + ":" + number;
            if (line.tooLong()) {
                issues.accept(new Issue(input, "line too long (over " + maxLineBytes + " bytes)"));
                continue;
            }
            String text = line.text();
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            ReadResult result;
            try {
                result = readLine(text, input);
            } catch (RuntimeException e) {
                // a defect on one line must not cost the lines after it; the issue names it
                result = ReadResult.failed(input, "cannot read: " + e);
            }
            result.deliver(articles, issues);
        }
    }

    /** Reads one JSON line; {@code input} names it in the article's source and in issues ({@code file:line}). */
    public ReadResult readLine(String line, String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input must not be blank");
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return ReadResult.failed(input, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ReadResult.failed(input, "not a JSON object");
        }
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return ReadResult.failed(input,
                        "field '" + field + "' must be a string, not " + value.getNodeType().name().toLowerCase());
            }
        }
        String url = string(node, "url");
        String html = string(node, "html");
        String text = string(node, "text");
        if (html == null && text == null) {
            return ReadResult.failed(input, "neither html nor text");
        }
        if (html == null && text.isBlank()) {
            return ReadResult.failed(input, "empty text");
        }
        if (html != null && html.isBlank()) {
            return ReadResult.failed(input, "empty html");
        }
        ReadResult read = html == null ? textReader.read(text, input)
                : WHOLE_PAGE.matcher(html).find() ? htmlReader.read(html, url, input)
                : htmlReader.readFragment(html, url, input);
        if (read.article() == null) {
            return read;
        }
        return ReadResult.of(withFields(read.article(), node, url));
    }

    /** The article with the line's own url, title, published, author and site where given. */
    private static Article withFields(Article a, JsonNode node, String url) {
        String title = or(TextCleaner.cleanInline(string(node, "title")), a.title());
        String givenPublished = string(node, "published");
        // a published value that does not read as a date is dropped: the contract wants ISO-8601 or null
        String published = or(Datelines.normalizeMeta(givenPublished), a.published());
        String author = or(TextCleaner.cleanInline(string(node, "author")), a.author());
        String site = or(TextCleaner.cleanInline(string(node, "site")), ArticleIds.site(url));
        site = or(site, a.site());
        String publisher = or(TextCleaner.cleanInline(string(node, "publisher")), a.publisher());
        return new Article(ArticleIds.of(url, a.text()), url, site, title, published, author, a.text(),
                a.captions(), a.source(), publisher);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** A string field, null when absent, null or (for url) blank. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.asText();
        return field.equals("url") && s.isBlank() ? null : s;
    }

    private record Line(String text, boolean tooLong) {}

    /** The next line (without its line break), or null at the end; a line over the bound is skipped, not kept. */
    private Line next(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (bytes.size() < maxLineBytes) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line(tooLong ? "" : text, tooLong);
    }
}

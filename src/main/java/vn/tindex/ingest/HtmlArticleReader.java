package vn.tindex.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import vn.tindex.model.Article;

/**
 * Reads one HTML page as an {@link Article}: metadata from the head and structured data, then the visible headline,
 * dateline and byline; furniture removed ({@link Boilerplate}); captions set apart ({@link Captions}); the article body
 * found by scoring ({@link MainText}); text rendered block by block and cleaned ({@link TextCleaner}). A page with no
 * article text is a {@link ReadResult.Failed}, never an exception. Thread-safe.
 */
public final class HtmlArticleReader {
    /** The reason given when a page holds no article text. */
    public static final String NO_TEXT = "no article text found";

    private final PagePhrases phrases = PagePhrases.DEFAULT;
    private final Boilerplate boilerplate = new Boilerplate(phrases);

    /**
     * Reads a page from its bytes. The charset comes from the page (BOM, meta charset), else UTF-8, else
     * windows-1258 when the bytes are not UTF-8. {@code url} may be null: then the canonical link or og:url is used.
     */
    public ReadResult read(byte[] html, String url, String source) {
        requireSource(source);
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        String base = url == null ? "" : url.strip();
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, base);
            if (StandardCharsets.UTF_8.equals(doc.charset()) && !TextBytes.isUtf8(html)) {
                doc = Jsoup.parse(new ByteArrayInputStream(html), TextBytes.WINDOWS_1258.name(), base);
            }
            return extract(doc, url, source, false);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a byte array failed", e);
        }
    }

    /** Reads a whole page given as text. */
    public ReadResult read(String html, String url, String source) {
        requireSource(source);
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        return extract(Jsoup.parse(html, url == null ? "" : url.strip()), url, source, false);
    }

    /** Reads an HTML fragment that is the article itself (no page around it): no body search, furniture still goes. */
    public ReadResult readFragment(String html, String url, String source) {
        requireSource(source);
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        return extract(Jsoup.parseBodyFragment(html, url == null ? "" : url.strip()), url, source, true);
    }

    private ReadResult extract(Document doc, String url, String source, boolean fragment) {
        normalizeText(doc);
        PageMeta meta = PageMeta.read(doc);
        Element body = doc.body();
        if (body == null) {
            return ReadResult.failed(source, NO_TEXT);
        }
        boilerplate.clean(body);
        List<Captions.Caption> captions = Captions.extract(body);

        BodyMeta.Found headline = BodyMeta.title(body, meta.documentTitle());
        String title = meta.title() != null ? meta.title() : headline != null ? headline.value() : null;
        if (headline == null) {
            headline = BodyMeta.visualHeadline(body);
            String fromTag = BodyMeta.stripSiteSuffix(meta.documentTitle(), meta.siteName());
            if (title == null) {
                title = headline != null && !looksLikeHeadline(fromTag) ? headline.value() : fromTag;
            }
        }
        BodyMeta.Found dateline = BodyMeta.dateline(body, headline == null ? null : headline.element(), phrases);
        BodyMeta.Found byline = BodyMeta.byline(body, phrases);
        if (headline != null && similar(headline.value(), title)) {
            headline.element().remove();
        }
        removeFound(dateline);
        removeFound(byline);
        boilerplate.removeFurnitureLines(body);

        List<Element> roots = fragment ? List.of(body) : MainText.find(body);
        if (roots.isEmpty()) {
            return ReadResult.failed(source, NO_TEXT);
        }
        String published = meta.published() != null ? meta.published() : dateline == null ? null : dateline.value();
        if (published == null && !fragment) {
            BodyMeta.Found inText = BodyMeta.datelineInText(roots, phrases);
            if (inText != null) {
                published = inText.value();
                removeFound(inText);
            }
        }
        String[] source0 = {null};
        BodyMeta.Found signature = signature(roots, source0);
        List<Element> parts = new ArrayList<>(roots);
        Element sapo = fragment ? null : BodyMeta.sapo(body, roots);
        if (sapo != null) {
            parts.add(0, sapo);
        }
        List<String> paragraphs = paragraphs(BlockText.render(parts), title, source0);
        if (paragraphs.isEmpty()) {
            return ReadResult.failed(source, NO_TEXT);
        }
        String author = byline != null ? byline.value()
                : signature != null ? phrases.stripBylinePrefix(signature.value())
                : meta.author() != null ? meta.author() : source0[0];
        String articleUrl = url != null && !url.isBlank() ? url : meta.url();
        String text = String.join("\n\n", paragraphs);
        return ReadResult.of(new Article(ArticleIds.of(articleUrl, text), articleUrl, ArticleIds.site(articleUrl),
                title, published, author, text, captionsOf(captions, roots), source));
    }

    /** The last blocks of the article: a "Nguồn: X" line (value kept in {@code source}) and an editor's signature. */
    private BodyMeta.Found signature(List<Element> roots, String[] source) {
        List<Element> blocks = BodyMeta.textBlocks(roots);
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
            Element block = blocks.get(i);
            String value = phrases.sourceValue(DomText.inline(block).text());
            if (value != null) {
                source[0] = value;
                removeFound(new BodyMeta.Found(value, block));
                continue;
            }
            BodyMeta.Found found = BodyMeta.signature(block, roots);
            if (found != null) {
                removeFound(found);
            }
            return found;
        }
        return null;
    }

    /** The cleaned paragraphs without furniture lines, the repeated headline and a trailing "Nguồn:" line. */
    private List<String> paragraphs(String text, String title, String[] source) {
        List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(text));
        paragraphs.removeIf(p -> !DomText.hasLetterOrDigit(p) || p.length() <= 200 && phrases.isFurniture(p));
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs.remove(0);
        }
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 2); i--) {
            String value = phrases.sourceValue(paragraphs.get(i));
            if (value != null) {
                if (source[0] == null) {
                    source[0] = value;
                }
                paragraphs.remove(i);
            }
        }
        return paragraphs;
    }

    /** Captions that stood in the article or in the article's own container (a figure beside the body). */
    private static List<String> captionsOf(List<Captions.Caption> captions, List<Element> roots) {
        Element first = roots.get(0);
        Element scope = first.closest("article");
        if (scope == null && first.parent() != null && !first.parent().is("body, html")) {
            scope = first.parent();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (Captions.Caption c : captions) {
            boolean inArticle = scope != null && DomText.within(c.anchor(), scope)
                    || roots.stream().anyMatch(r -> DomText.within(c.anchor(), r));
            if (inArticle) {
                kept.add(c.text());
            }
        }
        return List.copyOf(kept);
    }

    /** Takes a dateline or byline out of the text: whole when small, else only its own text. */
    private static void removeFound(BodyMeta.Found found) {
        if (found == null || found.element().parent() == null) {
            return;
        }
        Element e = found.element();
        if (e.text().length() <= 200) {
            DomText.removeWithLabel(e);
        } else {
            DomText.removeInline(e);
        }
    }

    /** A {@code <title>} that reads like a headline, not a site name ("UBND HUYỆN ĐÔNG SƠN"): 6+ words, lower case. */
    private static boolean looksLikeHeadline(String title) {
        return title != null && title.split(" ").length >= 6 && !title.equals(title.toUpperCase(Locale.ROOT));
    }

    private static boolean similar(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.contains(y) || y.contains(x);
    }

    /** NFC for every text node, so that phrases and patterns (NFC literals) match a decomposed page too. */
    private static void normalizeText(Document doc) {
        doc.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    t.text(Normalizer.normalize(text, Normalizer.Form.NFC));
                }
            }
        });
    }

    private static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}

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
        if (headline == null && !fragment) {
            // a fragment has no headline to find: a bold subheading in it is text
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
        Ending ending = ending(roots);
        List<Element> parts = new ArrayList<>(roots);
        Element sapo = fragment ? null : BodyMeta.sapo(body, roots);
        if (sapo != null) {
            parts.add(0, sapo);
        }
        List<String> paragraphs = paragraphs(BlockText.render(parts), title);
        String textSource = trailingSource(paragraphs);
        if (paragraphs.isEmpty()) {
            return ReadResult.failed(source, NO_TEXT);
        }
        String author = byline != null ? byline.value()
                : ending.signature() != null ? ending.signature()
                : meta.author() != null ? meta.author()
                : ending.source() != null ? ending.source() : textSource;
        String articleUrl = url != null && !url.isBlank() ? url : meta.url();
        String text = String.join("\n\n", paragraphs);
        return ReadResult.of(new Article(ArticleIds.of(articleUrl, text), articleUrl, ArticleIds.site(articleUrl),
                title, published, author, text, captionsOf(captions, roots), source,
                publisher(meta, ending.source() != null ? ending.source() : textSource)));
    }

    /** How the publisher names itself: og:site_name, the {@code <title>}, the header or footer, the "Nguồn:" line. */
    private static String publisher(PageMeta meta, String sourceLine) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {meta.siteName(), meta.documentTitle(), meta.brand(), sourceLine}) {
            if (p != null && !p.isBlank() && !parts.contains(p)) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    /** How an article ends: an editor's signature and a "Nguồn: X" source line, each null when absent. */
    private record Ending(String signature, String source) {}

    /** Reads and removes the signature and the "Nguồn:" line among the last three blocks of the article. */
    private Ending ending(List<Element> roots) {
        List<Element> blocks = BodyMeta.textBlocks(roots);
        String source = null;
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
            Element block = blocks.get(i);
            String value = phrases.sourceValue(DomText.inline(block).text());
            if (value != null) {
                source = value;
                removeFound(new BodyMeta.Found(value, block));
                continue;
            }
            BodyMeta.Found found = BodyMeta.signature(block, roots);
            if (found != null) {
                removeFound(found);
                return new Ending(phrases.stripBylinePrefix(found.value()), source);
            }
            break;
        }
        return new Ending(null, source);
    }

    /** The cleaned paragraphs without furniture lines and the repeated headline. */
    private List<String> paragraphs(String text, String title) {
        List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(text));
        paragraphs.removeIf(p -> !DomText.hasLetterOrDigit(p) || p.length() <= 200 && phrases.isFurniture(p));
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs.remove(0);
        }
        return paragraphs;
    }

    /** Removes a "Nguồn: X" line from the last two paragraphs (a line inside a block, after a br) and returns X. */
    private String trailingSource(List<String> paragraphs) {
        String source = null;
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 2); i--) {
            String value = phrases.sourceValue(paragraphs.get(i));
            if (value != null) {
                source = source == null ? value : source;
                paragraphs.remove(i);
            }
        }
        return source;
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

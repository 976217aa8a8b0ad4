package vn.tindex.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
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
    /** How deep elements may nest; see {@link #parser()}. */
    static final int MAX_DEPTH = 128;
    /** With the nesting bound hit, a page with more elements than this is read as plain text. */
    static final int MAX_ELEMENTS = 20_000;

    private final PagePhrases phrases = PagePhrases.DEFAULT;
    private final Boilerplate boilerplate = new Boilerplate(phrases);

    /**
     * Reads a page from its bytes. The charset comes from the page (BOM, meta charset), else UTF-8, else
     * windows-1258 when the bytes are not UTF-8. {@code url} may be null: then the canonical link or og:url is used.
     */
    public ReadResult read(byte[] html, String url, String source) {
        return read(html, null, url, source);
    }

    /**
     * Reads a page from its bytes with the charset its server declared ({@code declaredCharset}, from the HTTP
     * Content-Type; may be null). See {@link PageCharset}: UTF-8 bytes are read as UTF-8 whatever is declared, and a
     * page in an encoding this JVM does not know is a failure ("unknown encoding").
     */
    public ReadResult read(byte[] html, String declaredCharset, String url, String source) {
        requireSource(source);
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        String base = url == null ? "" : url.strip();
        PageCharset.Choice charset = PageCharset.choose(html, declaredCharset);
        if (charset.unknown() != null) {
            return ReadResult.failed(source, "unknown encoding '" + charset.unknown() + "'");
        }
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset.charset(), base, parser());
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
        return extract(Jsoup.parse(html, url == null ? "" : url.strip(), parser()), url, source, false);
    }

    /** Reads an HTML fragment that is the article itself (no page around it): no body search, furniture still goes. */
    public ReadResult readFragment(String html, String url, String source) {
        requireSource(source);
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        String base = url == null ? "" : url.strip();
        Document doc = Document.createShell(base);
        List<Node> nodes = parser().parseFragmentInput(html, doc.body(), base);
        doc.body().appendChildren(nodes);
        return extract(doc, url, source, true);
    }

    /**
     * An HTML parser that nests elements at most {@value #MAX_DEPTH} deep (deeper ones become siblings): real pages
     * stay far below, and the page analysis, which walks ancestors and subtrees, stays fast on a hostile page nested
     * 50,000 levels deep.
     */
    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private ReadResult extract(Document doc, String url, String source, boolean fragment) {
        if (isPathological(doc)) {
            return plainText(doc, url, source);
        }
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

    /**
     * True for a page that hit the nesting bound and still has over {@value #MAX_ELEMENTS} elements: markup gone
     * wrong or hostile (tens of thousands of nested divs). The page analysis compares elements with their siblings
     * and ancestors, which grows with the square of such a page; it is read as plain text instead.
     */
    private static boolean isPathological(Document doc) {
        int[] elements = {0};
        int[] deepest = {0};
        doc.traverse((node, depth) -> {
            if (node instanceof Element) {
                elements[0]++;
                deepest[0] = Math.max(deepest[0], depth);
            }
        });
        return elements[0] > MAX_ELEMENTS && deepest[0] >= MAX_DEPTH - 1;
    }

    /** The text of a pathological page, block by block, read as a plain-text article with the page's title. */
    private ReadResult plainText(Document doc, String url, String source) {
        StringBuilder text = new StringBuilder();
        doc.body().traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append("\n\n");
                }
            }
        });
        ReadResult read = new TextArticleReader().read(text.toString(), source);
        Article a = read.article();
        if (a == null) {
            return ReadResult.failed(source, NO_TEXT);
        }
        String articleUrl = url != null && !url.isBlank() ? url : null;
        String title = TextCleaner.cleanInline(doc.title());
        return ReadResult.of(new Article(ArticleIds.of(articleUrl, a.text()), articleUrl, ArticleIds.site(articleUrl),
                title == null || title.isBlank() ? null : title, null, null, a.text(), List.of(), source));
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

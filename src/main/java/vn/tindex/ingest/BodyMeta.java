package vn.tindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the visible page says about the article: headline element, dateline, byline, sapo. Each finder returns the
 * value and the element that showed it, so that the reader can take that element out of the body text. Stateless.
 */
final class BodyMeta {
    private static final String TITLE_CLASSES = ".detail-title, .title-detail, .article__title, .article-title, "
            + ".post-title, .entry-title, .news-title, .title-news, .title_news, .titledetail, .tieude, .tieu-de, "
            + "[itemprop=headline], .title, h2";
    /** Too common to trust unless the {@code <title>} confirms them. */
    private static final String GENERIC_TITLES = ".title, h2";
    private static final Pattern DATE_HINTS =
            Pattern.compile("date|time|ngay|publish|posted|created|update|thoigian|pubdate|meta|info");
    /** In order of trust: the first selector that finds a byline wins. */
    private static final List<String> BYLINE_SELECTORS = List.of(".article__author", ".detail-author", ".author",
            "[rel=author]", ".vcard", "[itemprop=author]", ".byline", ".post-author", ".author-name", ".tacgia",
            ".tac-gia", ".news-author");
    private static final String SAPO_SELECTORS = ".sapo, .detail-sapo, .article__sapo, .sapo-detail, .article-sapo, "
            + ".news-sapo, .lead, .article-lead, .lead-text, .chapeau, .article-summary, .tomtat, .tom-tat";
    /** The longest element, classed as a date, that is taken for a dateline. */
    private static final int DATELINE_MAX = 150;
    /** The longest unclassed block, near the headline or at the ends of the text, that is taken for a dateline. */
    private static final int BARE_DATELINE_MAX = 80;
    /** Two to five capitalized syllables and nothing else: how editors sign ("Bích Diệp"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4}");

    private BodyMeta() {}

    /** A value read off the page and the element it came from. */
    record Found(String value, Element element) {}

    /**
     * The headline: the first h1 of two words or more, else an element with a headline class (a bare {@code .title}
     * or h2 only when the {@code <title>} holds its text).
     */
    static Found title(Element body, String documentTitle) {
        for (Element h1 : body.select("h1")) {
            String text = TextCleaner.cleanInline(h1.text());
            if (text != null && text.split(" ").length >= 2) {
                return new Found(text, h1);
            }
        }
        String page = documentTitle == null ? null : documentTitle.toLowerCase(Locale.ROOT);
        for (Element e : body.select(TITLE_CLASSES)) {
            String text = TextCleaner.cleanInline(e.text());
            if (text != null && text.split(" ").length >= 3 && text.length() <= 300
                    && (!e.is(GENERIC_TITLES) || page != null && page.contains(text.toLowerCase(Locale.ROOT)))) {
                return new Found(text, e);
            }
        }
        return null;
    }

    /**
     * The headline of old layouts that mark it only by looks: the first block of 4 to 40 words, no links, no final
     * period, set in bold, in {@code <font size>} 4 or more, or as an h2/h3.
     */
    static Found visualHeadline(Element body) {
        for (Element e : body.getAllElements()) {
            if (!DomText.isBlock(e)) {
                continue;
            }
            DomText.Inline own = DomText.inline(e);
            String text = TextCleaner.cleanInline(own.text());
            if (text == null || own.linkChars() > 0 || text.length() > 250 || text.endsWith(".")) {
                continue;
            }
            int words = text.split(" ").length;
            if (words >= 4 && words <= 40 && (e.is("h2, h3") || allBold(e) || bigFont(e))) {
                return new Found(text, e);
            }
        }
        return null;
    }

    private static boolean bigFont(Element block) {
        for (Element font : block.select("font[size]")) {
            if (font.attr("size").strip().matches("\\+?[4-7]") && font.text().length() >= block.text().length() - 2) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <title>} without its " - Site name" suffix (the shorter last part after " - ", " | ", " – "). */
    static String stripSiteSuffix(String documentTitle, String siteName) {
        if (documentTitle == null) {
            return null;
        }
        String[] parts = documentTitle.split("\\s+[-|–—:]{1,2}\\s+");
        if (parts.length < 2) {
            return documentTitle;
        }
        String last = parts[parts.length - 1];
        int cut = documentTitle.lastIndexOf(last);
        String head = documentTitle.substring(0, cut).replaceAll("\\s+[-|–—:]{1,2}\\s+$", "").strip();
        boolean isSite = last.equalsIgnoreCase(siteName) || last.length() < head.length() || last.contains(".");
        return isSite && !head.isEmpty() ? head : documentTitle;
    }

    /**
     * The publication date shown on the page: a {@code <time datetime>} or itemprop=datePublished, else a short
     * element whose class says date or time, else a short block just after the headline. Site clocks are skipped.
     */
    static Found dateline(Element body, Element headline, PagePhrases phrases) {
        for (Element e : body.select("time[datetime], [itemprop=datePublished]")) {
            String value = Datelines.normalizeMeta(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (value == null) {
                value = Datelines.parse(e.text());
            }
            if (value != null) {
                return new Found(value, e);
            }
        }
        for (Element e : body.getAllElements()) {
            String text = e.text();
            if (e != body && text.length() <= DATELINE_MAX && DATE_HINTS.matcher(DomText.classAndId(e)).find()) {
                Found found = datelineIn(e, text, DATELINE_MAX, phrases);
                if (found != null) {
                    return found;
                }
            }
        }
        if (headline != null) {
            List<Element> after = blocksAfter(body, headline, 10);
            for (Element block : after) {
                Found found = datelineIn(block, DomText.inline(block).text(), BARE_DATELINE_MAX, phrases);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A dateline among the first three and last two text blocks of the article. */
    static Found datelineInText(List<Element> roots, PagePhrases phrases) {
        List<Element> blocks = textBlocks(roots);
        for (int i = 0; i < blocks.size(); i++) {
            if (i < 3 || i >= blocks.size() - 2) {
                Element block = blocks.get(i);
                Found found = datelineIn(block, DomText.inline(block).text(), BARE_DATELINE_MAX, phrases);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A dateline in a block of at most {@code maxLength} characters. A block that ends like a sentence is text that
     * mentions a date ("Sáng 15/10/2020, UBND tỉnh họp."), not a dateline, and stays.
     */
    private static Found datelineIn(Element e, String text, int maxLength, PagePhrases phrases) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > maxLength || t.endsWith(".") || phrases.isClock(t) || !Datelines.hasDate(t)) {
            return null;
        }
        String value = Datelines.parse(text);
        return value == null ? null : new Found(value, e);
    }

    /** The byline of a byline-classed element ("Theo Bích Diệp" -> "Bích Diệp"). */
    static Found byline(Element body, PagePhrases phrases) {
        for (String selector : BYLINE_SELECTORS) {
            for (Element e : body.select(selector)) {
                Element name = e.selectFirst("[itemprop=name]");
                String text = (name != null ? name : e).text();
                if (text.isBlank() || text.length() > 100) {
                    continue;
                }
                String value = phrases.stripBylinePrefix(text);
                if (value != null && Datelines.hasDate(value)) {
                    value = TextCleaner.cleanInline(value.split("\\s+[|–\\-]\\s+")[0]);
                }
                if (value != null && !Datelines.hasDate(value)) {
                    return new Found(value, e);
                }
            }
        }
        return null;
    }

    /**
     * A short last block that signs the article: in bold or right-aligned ({@code <p align=right><b>Bích Diệp}), or
     * a bare name.
     */
    static Found signature(Element block, List<Element> roots) {
        String text = TextCleaner.cleanInline(block.text());
        if (text == null || text.length() > 60 || text.split(" ").length > 8 || text.endsWith(":")
                || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        return rightAligned(block, roots) || allBold(block) || looksLikeName(text) ? new Found(text, block) : null;
    }

    /** True for a bare personal name as editors sign: "Bích Diệp", "Nguyễn Thị Lan". */
    static boolean looksLikeName(String text) {
        return text != null && text.length() <= 40 && NAME.matcher(text).matches();
    }

    /** The blocks of the article that have text of their own, in document order. */
    static List<Element> textBlocks(List<Element> roots) {
        List<Element> blocks = new ArrayList<>();
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                if (DomText.isBlock(e) && !DomText.inline(e).text().isEmpty()) {
                    blocks.add(e);
                }
            }
        }
        return blocks;
    }

    /** A sapo (lead) before the article text that the text itself does not hold. */
    static Element sapo(Element body, List<Element> roots) {
        Element first = roots.get(0);
        for (Element e : body.select(SAPO_SELECTORS)) {
            boolean inside = roots.stream().anyMatch(r -> DomText.within(e, r) || DomText.within(r, e));
            if (!inside && !e.text().isBlank() && e.text().length() <= 1500 && before(e, first)) {
                return e;
            }
        }
        return null;
    }

    private static boolean before(Element a, Element b) {
        for (Element e : b.ownerDocument() == null ? List.<Element>of() : b.ownerDocument().getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    private static List<Element> blocksAfter(Element body, Element start, int limit) {
        List<Element> out = new ArrayList<>();
        boolean seen = false;
        for (Element e : body.getAllElements()) {
            if (e == start) {
                seen = true;
            } else if (seen && !DomText.within(e, start) && DomText.isBlock(e)
                    && !DomText.inline(e).text().isEmpty()) {
                out.add(e);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean rightAligned(Element block, List<Element> roots) {
        for (Element e = block; e != null; e = e.parent()) {
            if (e.attr("align").equalsIgnoreCase("right") || DomText.style(e).contains("text-align:right")) {
                return true;
            }
            if (roots.contains(e)) {
                break;
            }
        }
        for (Element inner : block.getAllElements()) {
            if (DomText.style(inner).contains("text-align:right") || inner.attr("align").equalsIgnoreCase("right")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allBold(Element block) {
        return DomText.allTextUnder(block, e -> e.normalName().equals("b") || e.normalName().equals("strong")
                || DomText.style(e).contains("font-weight:bold") || DomText.style(e).contains("font-weight:700"));
    }
}

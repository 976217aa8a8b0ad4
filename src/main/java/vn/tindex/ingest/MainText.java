package vn.tindex.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a cleaned page body, readability-style: every block with a real paragraph of its own
 * text (25+ characters, mostly not links) gives points to the element that holds it and less to that element's
 * ancestors; points grow with commas, sentence ends and length. A container's score is weighted by its class/id
 * (content hints up, furniture hints down) and cut by its link density. The best container wins, with those of its
 * siblings that look like article text too (a sapo, a second body part). Works on layouts never seen. Stateless.
 */
final class MainText {
    private static final int MIN_PARAGRAPH = 25;
    private static final int MAX_COMMAS = 5;
    /** Blocks that are paragraphs: their points go to the container above them. */
    private static final Set<String> PARAGRAPH_TAGS =
            Set.of("p", "pre", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figcaption");
    private static final Pattern STRONG_HINTS = Pattern.compile("journal-content-article|article__body|articlebody"
            + "|article-body|detail-content|detail__content|content-detail|entry-content|news-content|post-content"
            + "|article-content|newsdetail|news-detail|chitiet|noidung|noi-dung|fck_detail|maincontent|main-content"
            + "|body-text|bodytext|story-body|detail-body|contentdetail");
    private static final Pattern WEAK_HINTS = Pattern.compile("content|article|detail|entry|post|story|text|body"
            + "|main|news|baiviet|tintuc");
    private static final Pattern NEGATIVE_HINTS = Pattern.compile("comment|meta|foot|sidebar|widget|related|share"
            + "|social|tag|menu|nav|banner|promo|sponsor|thumb|list|link|author|date|time|title|sapo|caption");

    private MainText() {}

    /** The elements that hold the article text, in document order; empty when the page has no paragraph text. */
    static List<Element> find(Element body) {
        Map<Element, Double> points = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!DomText.isBlock(e)) {
                continue;
            }
            DomText.Inline own = DomText.inline(e);
            if (own.text().length() < MIN_PARAGRAPH || own.linkDensity() > 0.5) {
                continue;
            }
            double score = paragraphScore(own.text());
            Element holder = PARAGRAPH_TAGS.contains(e.normalName()) && e.parent() != null ? e.parent() : e;
            double share = 1;
            for (int level = 0; holder != null && level < 3; level++, holder = holder.parent()) {
                points.merge(holder, score * share, Double::sum);
                share = level == 0 ? 0.5 : share * 2 / 3;
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> entry : points.entrySet()) {
            Element e = entry.getKey();
            double score = (entry.getValue() + tagWeight(e) + classWeight(e)) * (1 - DomText.linkDensity(e));
            finals.put(e, score);
            if (best == null || score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        return withSiblings(best, bestScore, finals);
    }

    /**
     * 1, plus one per comma (at most 5: a long enumeration, typical of an agency's "about" box, is not an article),
     * one per sentence end, and one per 100 characters (at most 3).
     */
    static double paragraphScore(String text) {
        int commas = 0;
        int sentences = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                commas++;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentences++;
            }
        }
        return 1 + Math.min(commas, MAX_COMMAS) + sentences + Math.min(text.length() / 100.0, 3);
    }

    /** The best container plus siblings that are article text too; readability's sibling rule. */
    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> finals) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || finals.getOrDefault(sibling, 0.0) >= threshold || looksLikeText(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean looksLikeText(Element e) {
        String text = e.text();
        double links = DomText.linkDensity(e);
        if (text.length() > 80) {
            return links < 0.25 && text.matches("(?s).*[.,;].*");
        }
        return !text.isEmpty() && links == 0 && PARAGRAPH_TAGS.contains(e.normalName())
                && text.matches("(?s).*\\.(\\s|$).*") && !e.normalName().startsWith("h");
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "td", "blockquote", "pre" -> 3;
            case "form", "ul", "ol", "dl", "li", "dd", "dt" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static double classWeight(Element e) {
        String names = DomText.classAndId(e);
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 50;
        }
        if (names.isEmpty()) {
            return 0;
        }
        double weight = 0;
        if (STRONG_HINTS.matcher(names).find()) {
            weight += 40;
        } else if (WEAK_HINTS.matcher(names).find()) {
            weight += 25;
        }
        if (NEGATIVE_HINTS.matcher(names).find()) {
            weight -= 25;
        }
        return weight;
    }
}

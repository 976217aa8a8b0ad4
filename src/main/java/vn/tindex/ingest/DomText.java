package vn.tindex.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** DOM helpers shared by the HTML reader's parts: which tags are blocks, a block's own text, link density. */
final class DomText {
    /** Tags that start a new paragraph; our own list, so that jsoup's tag table can change without moving text. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "marquee",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DomText() {}

    /** A block's own text (its text nodes and inline children, not nested blocks) and how much of it is links. */
    record Inline(String text, int linkChars) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static Inline inline(Element block) {
        StringBuilder text = new StringBuilder();
        int[] links = {0};
        collect(block, text, links, false);
        String collapsed = SPACES.matcher(text).replaceAll(" ").strip();
        return new Inline(collapsed, Math.min(links[0], collapsed.length()));
    }

    private static void collect(Element e, StringBuilder text, int[] links, boolean inLink) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                text.append(s);
                if (inLink) {
                    links[0] += s.strip().length();
                }
            } else if (child instanceof Element c) {
                if (isBlock(c) || c.normalName().equals("br")) {
                    text.append(' ');
                } else {
                    collect(c, text, links, inLink || c.normalName().equals("a"));
                }
            }
        }
    }

    /** Removes a block's own text and inline children, keeping its nested blocks (a td holding a table). */
    static void removeInline(Element block) {
        for (Node child : List.copyOf(block.childNodes())) {
            if (child instanceof TextNode || (child instanceof Element c && !isBlock(c))) {
                child.remove();
            }
        }
    }

    /** True when the text has a letter or a digit: not only separators. */
    static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The element's inline style, lower case, without spaces: "text-align:center;font-style:italic". */
    static String style(Element e) {
        return e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * True when the block has text and every piece of it sits in an element (the block itself included) that
     * {@code styled} accepts: all of it bold, or all of it italic.
     */
    static boolean allTextUnder(Element block, Predicate<Element> styled) {
        boolean[] seen = {false};
        boolean[] unstyled = {false};
        block.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                seen[0] = true;
                boolean inside = false;
                for (Element p = t.parent(); p != null && !inside; p = p == block ? null : p.parent()) {
                    inside = styled.test(p);
                }
                unstyled[0] |= !inside;
            }
        });
        return seen[0] && !unstyled[0];
    }

    /** Share of an element's text that sits inside links. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / length);
    }

    /** The element's class and id, lower case, separated by spaces. */
    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** True when {@code ancestor} is {@code e} or contains it. */
    static boolean within(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code e}; then its parent too when what is left there is only a label or separators. */
    static void removeWithLabel(Element e) {
        Element parent = e.parent();
        e.remove();
        if (parent == null || parent.normalName().equals("body")) {
            return;
        }
        String rest = parent.text().strip();
        boolean leftover = rest.isEmpty() || !hasLetterOrDigit(rest)
                || (rest.endsWith(":") && rest.split("\\s+").length <= 3);
        if (leftover && parent.select("img").isEmpty()) {
            parent.remove();
        }
    }
}

package vn.tindex.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders article elements as text: each block and each {@code <br>} ends a paragraph; a table row whose cells hold
 * only text is one paragraph, cells separated by " | ". Stateless.
 */
final class BlockText {
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private BlockText() {}

    /** The cleaned text of the elements, paragraphs joined by "\n\n". */
    static String render(List<Element> elements) {
        StringBuilder out = new StringBuilder();
        for (Element e : elements) {
            append(e, out, false);
            out.append("\n\n");
        }
        return TextCleaner.clean(out.toString());
    }

    /** A cell with no block inside (so not a layout cell) in a row of such cells. */
    private static boolean isLeafCell(Element cell) {
        Element row = cell.parent();
        if (row == null) {
            return false;
        }
        for (Element sibling : row.children()) {
            for (Element d : sibling.getAllElements()) {
                if (d != sibling && DomText.isBlock(d)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void append(Node node, StringBuilder out, boolean pre) {
        if (node instanceof TextNode t) {
            out.append(pre ? t.getWholeText() : HTML_SPACE.matcher(t.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                out.append("\n\n");
                return;
            }
            if ((tag.equals("td") || tag.equals("th")) && isLeafCell(e)) {
                if (e.elementSiblingIndex() > 0) {
                    out.append(" | ");
                }
                for (Node child : e.childNodes()) {
                    append(child, out, pre);
                }
                return;
            }
            boolean block = DomText.isBlock(e);
            if (block) {
                out.append("\n\n");
            } else if (tag.equals("img")) {
                out.append(' ');
            }
            for (Node child : e.childNodes()) {
                append(child, out, pre || tag.equals("pre"));
            }
            if (block) {
                out.append("\n\n");
            }
        }
    }
}

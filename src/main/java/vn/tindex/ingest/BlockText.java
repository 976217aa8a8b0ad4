package vn.tindex.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Renders article elements as text: each block and each {@code <br>} ends a paragraph. Stateless. */
final class BlockText {
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

    private static void append(Node node, StringBuilder out, boolean pre) {
        if (node instanceof TextNode t) {
            out.append(pre ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                out.append("\n\n");
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

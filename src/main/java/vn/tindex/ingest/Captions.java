package vn.tindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Takes photo captions out of a page body, so that they are not body text: figcaption; elements whose class names a
 * caption (wp-caption-text, image-caption, p.caption, PhotoCMS_Caption, ...); the text of a small table around an
 * image (old layouts); and italic lines directly under an image (the centred {@code <em>} line of e-gov editors).
 * Each caption remembers where it stood, so that only captions of the chosen article are kept. Stateless.
 */
final class Captions {
    private static final int MAX_CAPTION = 400;
    private static final Pattern CAPTION_CLASS = Pattern.compile("caption|chuthich|chu-thich|chu_thich|photo-desc");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?iu)\\(?\\s*ảnh\\s*:");

    private Captions() {}

    /** A caption's text and the element it stood in. */
    record Caption(String text, Element anchor) {}

    static List<Caption> extract(Element body) {
        List<Caption> captions = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !DomText.within(e, body)) {
                continue;
            }
            if (e.normalName().equals("figcaption") || (hasCaptionClass(e) && innermostCaption(e))) {
                take(e, captions);
            } else if (e.normalName().equals("table") && isImageTable(e)) {
                takeImageTable(e, captions);
            } else if (DomText.isBlock(e) && isItalicLineUnderImage(e)) {
                takeItalic(e, captions);
            }
        }
        return captions;
    }

    private static boolean hasCaptionClass(Element e) {
        return !e.normalName().equals("caption") && !e.normalName().equals("body")
                && CAPTION_CLASS.matcher(e.className().toLowerCase(Locale.ROOT)).find()
                && e.text().length() <= MAX_CAPTION;
    }

    private static boolean innermostCaption(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && (hasCaptionClass(d) || d.normalName().equals("figcaption")) && !d.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A layout table that only frames an image and its caption: an img, a little text, no long rows. */
    private static boolean isImageTable(Element table) {
        return !table.select("img").isEmpty() && table.select("tr").size() <= 4 && table.select("table").size() == 1
                && !table.text().isBlank() && table.text().length() <= MAX_CAPTION && table.select("p").size() <= 2;
    }

    private static void takeImageTable(Element table, List<Caption> captions) {
        Element anchor = table.parent();
        StringBuilder text = new StringBuilder();
        for (Element cell : table.select("td, th")) {
            if (cell.select("img").isEmpty() || !cell.text().isBlank()) {
                text.append(cell.text()).append(' ');
            }
        }
        add(text.toString(), anchor, captions);
        table.remove();
    }

    /**
     * A block whose text is all italic, no longer than a caption, directly under an image: either the block holds
     * the image before its text, or the block before it holds only an image.
     */
    private static boolean isItalicLineUnderImage(Element block) {
        String text = block.text();
        if (text.isBlank() || text.length() > MAX_CAPTION
                || block.getAllElements().stream().skip(1).anyMatch(DomText::isBlock)) {
            return false;
        }
        boolean italic = allItalic(block);
        boolean credit = isCentred(block) && PHOTO_CREDIT.matcher(text).find();
        if (!italic && !credit) {
            return false;
        }
        Element img = block.selectFirst("img");
        if (img != null) {
            return true;
        }
        Element previous = block.previousElementSibling();
        return previous != null && previous.text().isBlank() && !previous.select("img").isEmpty()
                || previous != null && previous.normalName().equals("img");
    }

    private static boolean allItalic(Element block) {
        return DomText.allTextUnder(block, e -> e.normalName().equals("em") || e.normalName().equals("i")
                || DomText.style(e).contains("font-style:italic"));
    }

    static boolean isCentred(Element e) {
        return e.attr("align").equalsIgnoreCase("center") || DomText.style(e).contains("text-align:center");
    }

    /** Takes the text of the block; when the block also holds the image, only the text leaves. */
    private static void takeItalic(Element block, List<Caption> captions) {
        add(block.text(), block.parent(), captions);
        if (block.selectFirst("img") == null) {
            block.remove();
        } else {
            for (Element e : block.getAllElements()) {
                e.textNodes().forEach(TextNode::remove);
            }
        }
    }

    private static void take(Element e, List<Caption> captions) {
        add(e.text(), e.parent(), captions);
        e.remove();
    }

    private static void add(String text, Element anchor, List<Caption> captions) {
        String cleaned = TextCleaner.cleanInline(text);
        if (cleaned != null && anchor != null) {
            captions.add(new Caption(cleaned, anchor));
        }
    }
}

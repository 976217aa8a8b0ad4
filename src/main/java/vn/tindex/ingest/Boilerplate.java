package vn.tindex.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a page body before the main text is looked for: scripts and hidden parts; navigation,
 * headers, footers, sidebars, menus, forms, share and tag bars (by tag, role, class or id); skip links and furniture
 * lines; related-article boxes under a heading such as "Tin liên quan", even inside the content area. An element
 * that holds most of the page's long paragraphs is never removed whole, whatever its class says: a wrapper named
 * "content-with-sidebar" stays. Stateless.
 */
final class Boilerplate {
    private static final String ALWAYS = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "link, meta, input, select, textarea, button, option, map, area, [hidden], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form", "header");
    private static final Set<String> FURNITURE_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar");
    /** Class/id words (after removing '-' and '_') that name furniture wherever they appear in a token. */
    private static final Pattern FURNITURE_WORDS = Pattern.compile("navbar|navigation|mainnav|topnav|menu|breadcrumb"
            + "|sidebar|sidebox|widget|footer|banner|masthead|social|sharing|sharebox|sharebar|sharebutton|share"
            + "|comment|related|relate|lienquan|othernews|tinkhac|cungchuyenmuc|mostread|docnhieu|xemnhieu|tinmoi"
            + "|keyword|taglist|tagsbox|newstags|advert|quangcao|popup|modal|cookie|pagination|pager|toolbar"
            + "|dockbar|copyright|login|searchbox|searchform|timkiem|skiplink|skipto|logo|weather|thoitiet"
            + "|binhluan|ykien");
    /** Class/id parts (split at '-', '_') that name furniture only as a whole part. */
    private static final Set<String> FURNITURE_PARTS = Set.of("nav", "tags", "tag", "ads", "ad", "header", "search",
            "skip", "poll", "rating", "vote", "print", "btn", "icon", "hotline", "topbar", "top-bar");

    private static final Pattern PUNCTUATED = Pattern.compile("[.,;:!?]");
    private static final Pattern SEPARATORS = Pattern.compile("[-_]+");

    private final PagePhrases phrases;

    Boilerplate(PagePhrases phrases) {
        this.phrases = phrases;
    }

    /** Removes furniture found by tag, role, class or id, and related boxes. Furniture lines go later: see below. */
    void clean(Element body) {
        body.select(ALWAYS).remove();
        Set<Element> longParagraphs = longParagraphs(body);
        removeFurniture(body, longParagraphs);
        removeRelatedBoxes(body, longParagraphs);
    }

    /** Blocks with a real paragraph of own text: at least 80 characters, punctuated, few links. */
    static Set<Element> longParagraphs(Element root) {
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : root.getAllElements()) {
            if (DomText.isBlock(e)) {
                DomText.Inline own = DomText.inline(e);
                if (own.text().length() >= 80 && own.linkDensity() < 0.3 && PUNCTUATED.matcher(own.text()).find()) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private void removeFurniture(Element root, Set<Element> longParagraphs) {
        for (Element child : List.copyOf(root.children())) {
            if (isFurniture(child) && !holdsArticle(child, longParagraphs)) {
                child.remove();
            } else {
                removeFurniture(child, longParagraphs);
            }
        }
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return !(tag.equals("header") && e.closest("article") != null);
        }
        if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (tag.equals("a") || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        String names = DomText.classAndId(e);
        if (names.isEmpty()) {
            return false;
        }
        for (String token : names.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (FURNITURE_WORDS.matcher(SEPARATORS.matcher(token).replaceAll("")).find()
                    || FURNITURE_PARTS.contains(token)) {
                return true;
            }
            for (String part : SEPARATORS.split(token)) {
                if (FURNITURE_PARTS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code e} holds at least half of the page's long paragraphs (and at least one). */
    private static boolean holdsArticle(Element e, Set<Element> longParagraphs) {
        if (longParagraphs.isEmpty()) {
            return false;
        }
        int inside = 0;
        for (Element d : e.getAllElements()) {
            if (longParagraphs.contains(d)) {
                inside++;
            }
        }
        int needed = FURNITURE_TAGS.contains(e.normalName()) ? 2 : 1;
        return inside >= Math.max(needed, (longParagraphs.size() + 1) / 2);
    }

    /** A "Tin liên quan" heading and the links under it: the smallest box that holds both, or the run after it. */
    private void removeRelatedBoxes(Element body, Set<Element> longParagraphs) {
        for (Element e : body.getAllElements()) {
            if (e == body || !DomText.within(e, body) || e.text().length() > 60
                    || !phrases.isRelatedHeading(e.text())) {
                continue;
            }
            if (e.children().stream().anyMatch(c -> c.text().strip().equals(e.text().strip()))) {
                continue; // the innermost element with the heading text does the work
            }
            Element heading = e;
            while (heading.parent() != null && heading.parent() != body
                    && heading.parent().text().strip().equals(heading.text().strip())) {
                heading = heading.parent();
            }
            Element box = heading;
            for (Element p = heading.parent(); p != null && p != body; p = p.parent()) {
                if (!linksOnlyBesides(p, heading) || holdsArticle(p, longParagraphs)) {
                    break;
                }
                box = p;
            }
            if (box == heading) {
                for (Element sibling : heading.nextElementSiblings()) {
                    if (sibling.text().isBlank() || DomText.linkDensity(sibling) >= 0.5) {
                        sibling.remove();
                    } else {
                        break;
                    }
                }
            }
            box.remove();
        }
    }

    /** True when everything in {@code box} except {@code heading} is link text (or nothing). */
    private static boolean linksOnlyBesides(Element box, Element heading) {
        int total = box.text().length() - heading.text().length();
        if (total <= 0) {
            return true;
        }
        int links = 0;
        for (Element a : box.select("a")) {
            if (!DomText.within(a, heading)) {
                links += a.text().length();
            }
        }
        return links >= 0.5 * total;
    }

    /**
     * Removes lines such as "Chia sẻ", "In bài", "Lượt xem: 1.234", "Tags: ...". Called after the dateline and the
     * byline are read, since a meta line may hold both a view count and the date.
     */
    void removeFurnitureLines(Element body) {
        for (Element e : body.getAllElements()) {
            if (e == body || !DomText.within(e, body)) {
                continue;
            }
            String text = e.text();
            if (!text.isBlank() && text.length() <= 200 && phrases.isFurniture(text)) {
                e.remove();
            }
        }
    }
}

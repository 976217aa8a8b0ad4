package vn.tindex.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and structured data, read before any cleaning: canonical URL, og:title,
 * publication time (article:published_time, pubdate, itemprop=datePublished, JSON-LD datePublished), JSON-LD author
 * and headline, og:site_name and the {@code <title>}. Values are cleaned (NFC, one line); unknown ones are null.
 */
record PageMeta(String url, String title, String published, String author, String siteName, String documentTitle,
               String brand) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** In order of trust. */
    private static final List<String> PUBLISHED_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[property=og:published_time]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=date]");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(article|posting|report).*");

    static PageMeta read(Document doc) {
        String url = firstAttr(doc, "link[rel=canonical]", "abs:href");
        if (!isWebUrl(url)) {
            url = firstAttr(doc, "meta[property=og:url], meta[name=og:url]", "abs:content");
        }
        JsonNode ld = articleLd(doc);
        if (!isWebUrl(url) && ld != null) {
            JsonNode page = ld.path("mainEntityOfPage");
            url = page.isTextual() ? page.asText() : page.path("@id").asText(ld.path("url").asText(null));
        }
        if (!isWebUrl(url)) {
            url = null;
        }
        String title = TextCleaner.cleanInline(
                firstAttr(doc, "meta[property=og:title], meta[name=og:title]", "content"));
        if (title == null && ld != null) {
            title = TextCleaner.cleanInline(ld.path("headline").asText(null));
        }
        String published = null;
        for (int i = 0; i < PUBLISHED_META.size() && published == null; i++) {
            published = Datelines.normalizeMeta(firstAttr(doc, PUBLISHED_META.get(i), "content"));
        }
        if (published == null && ld != null) {
            published = Datelines.normalizeMeta(ld.path("datePublished").asText(null));
        }
        String author = ld == null ? null : names(ld.get("author"));
        String siteName = TextCleaner.cleanInline(firstAttr(doc, "meta[property=og:site_name]", "content"));
        Element titleTag = doc.selectFirst("title");
        String documentTitle = titleTag == null ? null : TextCleaner.cleanInline(titleTag.text());
        return new PageMeta(url, title, published, author, siteName, documentTitle, brand(doc));
    }

    /**
     * How the portal names itself in its header or footer ("Cổng thông tin điện tử tỉnh Nghệ An", "Báo Lạng Sơn",
     * "Ủy ban nhân dân huyện Đại Lộc"), read before the page is cleaned; at most a few short lines, or null.
     */
    private static String brand(Document doc) {
        List<String> lines = new java.util.ArrayList<>();
        for (Element e : doc.select("header, #header, .header, [class*=logo], [id*=logo], [class*=brand], [class*=banner],"
                + " [id*=banner], footer, #footer, .footer, [class*=footer]")) {
            String text = TextCleaner.cleanInline(e.text());
            if (text != null && BRAND.matcher(text).find()) {
                String line = text.length() > 200 ? text.substring(0, 200) : text;
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
            if (lines.size() >= 3) {
                break;
            }
        }
        return lines.isEmpty() ? null : String.join(" | ", lines);
    }

    private static final Pattern BRAND = Pattern.compile("(?iu)tỉnh|thành phố|huyện|xã|phường|Báo|Cổng thông tin|UBND");

    private static String firstAttr(Document doc, String query, String attr) {
        for (Element e : doc.select(query)) {
            String value = e.attr(attr).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static boolean isWebUrl(String url) {
        return url != null && url.matches("(?i)https?://[^\\s/]+.*");
    }

    /** The JSON-LD object that describes the article (an *Article type, or the first with datePublished). */
    private static JsonNode articleLd(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), objects);
            } catch (Exception e) {
                // broken structured data is common; the page is read without it
            }
        }
        for (JsonNode o : objects) {
            if (ARTICLE_TYPE.matcher(o.path("@type").toString()).matches()) {
                return o;
            }
        }
        return objects.stream().filter(o -> o.has("datePublished")).findFirst().orElse(null);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    /** A JSON-LD author: a string, an object with a name, or an array of those, as "A, B". */
    private static String names(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            name = TextCleaner.cleanInline(name);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}

package vn.tindex.ingest.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a sitemap (sitemaps.org): the page URLs of a {@code urlset}, or the sitemap URLs of a
 * {@code sitemapindex}; a plain-text sitemap is one URL a line. Lenient: what does not parse gives nothing.
 */
final class Sitemaps {
    /** What one sitemap gives: pages to fetch and further sitemaps to read. */
    record Entries(List<String> pages, List<String> sitemaps) {}

    private Sitemaps() {}

    static Entries read(String body) {
        List<String> pages = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        String trimmed = body.strip();
        if (!trimmed.startsWith("<")) {
            for (String line : trimmed.split("\\s*\\R\\s*")) {
                if (line.startsWith("http://") || line.startsWith("https://")) {
                    pages.add(line);
                }
            }
            return new Entries(pages, sitemaps);
        }
        Document doc = Jsoup.parse(trimmed, "", Parser.xmlParser());
        for (Element loc : doc.select("loc")) {
            Element parent = loc.parent();
            String url = loc.text().strip();
            if (parent == null || url.isEmpty()) {
                continue;
            }
            String name = parent.normalName();
            if (name.endsWith("sitemap")) {
                sitemaps.add(url);
            } else if (name.endsWith("url")) {
                pages.add(url);
            }
        }
        return new Entries(pages, sitemaps);
    }
}

package vn.tindex.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
    private static final String TEXT = """
            # portal rules
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Crawl-delay: 2
            Disallow: /admin/
            Disallow: /*.pdf$
            Disallow: /tin-tuc/*?print=
            Allow: /admin/public/

            Sitemap: https://langson.gov.vn/sitemap.xml
            """;

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsTxt robots = RobotsTxt.parse(TEXT, "tindex");
        assertTrue(robots.allowed("/tin-tuc/a.html"));
        assertFalse(robots.allowed("/admin/users"));
        assertTrue(robots.allowed("/admin/public/a.html"), "the longer Allow wins");
        assertFalse(robots.allowed("/files/report.pdf"));
        assertTrue(robots.allowed("/files/report.pdf.html"), "$ anchors the end");
        assertFalse(robots.allowed("/tin-tuc/a.html?print=1"));
        assertEquals(2.0, robots.crawlDelaySeconds());
        assertEquals(List.of("https://langson.gov.vn/sitemap.xml"), robots.sitemaps());
    }

    @Test
    void aGroupNamingUsReplacesTheStarGroup() {
        RobotsTxt robots = RobotsTxt.parse(TEXT + "\nUser-agent: tindex\nDisallow: /tin-tuc/\n", "tindex");
        assertFalse(robots.allowed("/tin-tuc/a.html"));
        assertTrue(robots.allowed("/admin/users"));
        assertNull(robots.crawlDelaySeconds());
    }

    @Test
    void emptyDisallowAndGarbageAllowEverything() {
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", "tindex").allowed("/a"));
        assertTrue(RobotsTxt.parse("<html>not robots</html>", "tindex").allowed("/a"));
        assertFalse(RobotsTxt.disallowAll().allowed("/a"));
    }
}

package vn.tindex.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/**
 * A portal served on 127.0.0.1 by the test: robots.txt with a disallowed folder, a crawl delay and a sitemap index;
 * a home page linking to articles, to the disallowed folder and to another site; an article only the sitemap names;
 * a page that fails once. The crawl must honour robots.txt, keep the delay, follow the sitemaps, stay on the site,
 * retry, and write a WARC file whose articles import.
 */
class CrawlerTest {
    private static final long DELAY_MS = 150;

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> times = Collections.synchronizedList(new ArrayList<>());
    private final List<String> agents = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger flakyCalls = new AtomicInteger();

    private static String article(int i, String extraLinks) {
        return "<html><head><meta charset=\"utf-8\"><title>Tin " + i + "</title></head><body><nav><a href=\"/\">Trang"
                + " chủ</a></nav><article><h1>Hội nghị số " + i + "</h1><p>Sáng " + (i + 1) + "/10/2020, Sở Xây"
                + " dựng tỉnh Lạng Sơn tổ chức hội nghị triển khai nhiệm vụ trọng tâm số " + i + ". Đồng chí Lương"
                + " Trọng Quỳnh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo.</p><p>Hội nghị thống nhất các giải pháp thực"
                + " hiện nhiệm vụ năm 2021.</p></article>" + extraLinks + "</body></html>";
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> pages = Map.of(
                "/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.1\nSitemap: " + base
                        + "/sitemap-index.xml\n",
                "/sitemap-index.xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/"
                        + "sitemap/0.9\"><sitemap><loc>" + base + "/sitemap-news.xml</loc></sitemap></sitemapindex>",
                "/sitemap-news.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/"
                        + "0.9\"><url><loc>" + base + "/tin/3.html</loc></url><url><loc>https://other.example/x.html"
                        + "</loc></url></urlset>",
                "/", "<html><body><ul><li><a href=\"/tin/1.html\">Tin 1</a></li><li><a href=\"tin/2.html#top\">Tin"
                        + " 2</a></li><li><a href=\"/private/secret.html\">Nội bộ</a></li><li><a href=\"https://"
                        + "other.example/\">Khác</a></li><li><a href=\"/flaky.html\">Tin 4</a></li><li><a href=\""
                        + "/logo.png\">logo</a></li><li><a href=\"/gone.html\">dead</a></li></ul></body></html>",
                "/tin/1.html", article(1, "<a href=\"/tin/2.html\">Tin 2</a>"),
                "/tin/2.html", article(2, ""),
                "/tin/3.html", article(3, ""),
                "/private/secret.html", article(9, ""));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            times.add(System.nanoTime());
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if (path.equals("/flaky.html")) {
                if (flakyCalls.incrementAndGet() == 1) {
                    send(exchange, 503, "text/html", "busy");
                } else {
                    send(exchange, 200, "text/html; charset=utf-8", article(4, ""));
                }
                return;
            }
            String body = pages.get(path);
            if (body == null) {
                send(exchange, 404, "text/html", "<p>not found</p>");
            } else {
                send(exchange, 200, path.endsWith(".xml") ? "application/xml" : path.endsWith(".txt") ? "text/plain"
                        : "text/html; charset=utf-8", body);
            }
        });
        server.start();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void crawlsPolitelyAndTheWarcImports() throws IOException {
        List<Issue> issues = new ArrayList<>();
        Path warc = dir.resolve("crawl.warc.gz");
        Crawler.Result result = new Crawler(Crawler.Options.of(20, Duration.ofMillis(DELAY_MS)), issues::add, m -> { })
                .crawl(List.of(base + "/"), warc);

        assertEquals("/robots.txt", requests.get(0), "robots.txt comes first");
        assertFalse(requests.contains("/private/secret.html"), "robots.txt is honoured: " + requests);
        assertTrue(requests.contains("/sitemap-index.xml") && requests.contains("/sitemap-news.xml"), requests.toString());
        assertTrue(requests.contains("/tin/3.html"), "the page only the sitemap names is fetched: " + requests);
        assertTrue(requests.contains("/tin/1.html") && requests.contains("/tin/2.html"), requests.toString());
        assertFalse(requests.contains("/logo.png"), requests.toString());
        assertEquals(1, requests.stream().filter("/tin/2.html"::equals).count(), "no page twice: " + requests);
        assertEquals(2, flakyCalls.get(), "a 503 is retried");
        for (int i = 1; i < times.size(); i++) {
            long gapMs = (times.get(i) - times.get(i - 1)) / 1_000_000;
            assertTrue(gapMs >= DELAY_MS - 5, "requests " + (i - 1) + " and " + i + " only " + gapMs + " ms apart");
        }
        assertTrue(agents.stream().allMatch(Crawler.USER_AGENT::equals), agents.toString());
        assertEquals(List.of(), issues);
        assertEquals(1, result.skippedByRobots());
        assertEquals(1, result.clientErrors(), "a dead link is counted, not a failure");
        assertEquals(6, result.pages(), "home, 3, 1, 2, flaky, gone; the disallowed page is not fetched: " + requests);

        List<Article> articles = new ArrayList<>();
        new ArticleInputs().read(List.of(warc.toString()), articles::add, issues::add);
        assertEquals(List.of(), issues);
        assertEquals(List.of(base + "/tin/3.html", base + "/tin/1.html", base + "/tin/2.html", base + "/flaky.html"),
                articles.stream().map(Article::url).toList(), "the home page is not an article");
        assertTrue(articles.get(0).text().contains("nhiệm vụ trọng tâm số 3"), articles.get(0).text());
    }

    @Test
    void maxPagesStopsTheCrawl() throws IOException {
        Crawler.Result result = new Crawler(Crawler.Options.of(2, Duration.ofMillis(10)), i -> { }, m -> { })
                .crawl(List.of(base + "/"), dir.resolve("small.warc.gz"));
        assertEquals(2, result.pages());
    }
}

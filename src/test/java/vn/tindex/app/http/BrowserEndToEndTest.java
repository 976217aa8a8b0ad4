package vn.tindex.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.index.ArticleSearcher;

/**
 * The web page in a real headless Chromium, as an analyst uses it: type a query, click an agency facet, open an
 * article, see the directive highlighted and select it from its fact card, visit the agency page; a release with
 * markup shows it as text. Screenshots go to target/browser-e2e/. Skipped (with a message) where Debian's chromium
 * is not installed; .ci/run installs it, and under CI a missing chromium fails instead of skipping.
 */
class BrowserEndToEndTest {
    static final Path SHOTS = Path.of("target", "browser-e2e");

    @TempDir
    static Path dir;
    static ArticleSearcher searcher;
    static SearchServer server;
    static DevTools browser;
    static String base;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path chromium = DevTools.findChromium();
        if (chromium == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium is missing under CI: .ci/run should have installed it");
        }
        Assumptions.assumeTrue(chromium != null, "browser test skipped: no chromium on the PATH (install Debian's"
                + " package: apt-get install -y chromium; or set TINDEX_CHROMIUM)");
        HttpFixtures.index(dir.resolve("index"));
        searcher = ArticleSearcher.open(dir.resolve("index"));
        server = SearchServer.start(searcher, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = DevTools.launch(chromium, Files.createDirectories(dir.resolve("chromium-profile")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (searcher != null) {
            searcher.close();
        }
    }

    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void ready() throws IOException, InterruptedException {
        browser.waitFor("document.body.dataset.state === 'ready'", "the page to finish rendering");
    }

    @Test
    void analystSearchesFiltersByAgencyAndReadsTheDirective() throws Exception {
        browser.navigate(base);
        ready();

        browser.click("#q");
        browser.type("nhiệm vụ trọng tâm");
        browser.pressEnter();
        browser.waitFor("location.hash.includes('q=') && document.querySelectorAll('#hits li.hit').length > 0",
                "the hits of the typed query");
        ready();
        assertEquals("4 bài viết", browser.eval("document.getElementById('total').textContent").asText());
        assertTrue(browser.eval("document.querySelector('#hits .snippet b') !== null").asBoolean(),
                "snippets mark the query words");
        assertTrue(browser.eval("document.querySelectorAll('#timeline .bar').length > 0").asBoolean());

        String facet = "#facets button[data-dim=\"agency\"][data-value=\"" + HttpFixtures.SXD_LANGSON + "\"]";
        browser.click(facet);
        browser.waitFor("document.querySelector('#active-filters .chip[data-dim=agency]') !== null"
                + " && document.querySelectorAll('#hits li.hit').length === 1", "the agency filter to apply");
        ready();
        assertEquals(HttpFixtures.SEED_ID, browser.eval("document.querySelector('#hits li.hit').dataset.id").asText());
        assertEquals("1 bài viết", browser.eval("document.getElementById('total').textContent").asText());
        browser.screenshot(SHOTS.resolve("search-agency-facet.png"));

        browser.click("#hits li.hit a.title");
        browser.waitFor("document.getElementById('article-text') !== null", "the article view");
        ready();
        String directiveText = browser.eval("[...document.querySelectorAll('#article-text .seg.directive')]"
                + ".map(n => n.textContent).join('')").asText();
        assertTrue(directiveText.contains("đồng chí đề nghị Sở tiếp tục tập trung thực hiện 06 nhiệm vụ trọng tâm"),
                directiveText);
        String background = browser.eval("getComputedStyle(document.querySelector('#article-text .seg.directive'))"
                + ".backgroundColor").asText();
        assertTrue(!background.equals("rgba(0, 0, 0, 0)") && !background.equals("transparent"),
                "the directive is highlighted: " + background);

        browser.click(".factcard[data-fact=\"directive-0\"]");
        browser.waitFor("document.querySelector('#article-text .seg.active') !== null", "the directive to be selected");
        String active = browser.eval("[...document.querySelectorAll('#article-text .seg.active')]"
                + ".map(n => n.textContent).join('')").asText();
        assertTrue(active.startsWith("Phát biểu kết luận") && active.endsWith("chất lượng."), active);
        assertTrue(browser.eval("document.querySelector('.factcard[data-fact=\"directive-0\"]').classList"
                + ".contains('active')").asBoolean());
        browser.screenshot(SHOTS.resolve("article-directive.png"));

        browser.click("#fact-cards a.go[data-agency=\"" + HttpFixtures.SXD_LANGSON + "\"]");
        browser.waitFor("document.getElementById('agency-name') !== null", "the agency page");
        ready();
        assertEquals(HttpFixtures.SXD_LANGSON, browser.eval("document.getElementById('agency-name').textContent")
                .asText());
        assertEquals(1, browser.eval("document.querySelectorAll('#agency-directives a.card').length").asInt());
        assertTrue(browser.eval("document.getElementById('agency-tasks').textContent").asText().contains("2020"));
        browser.screenshot(SHOTS.resolve("agency-page.png"));
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void markupInAReleaseShowsAsText() throws Exception {
        browser.navigate(base + "#/search?q=" + java.net.URLEncoder.encode("Tư pháp", "UTF-8"));
        browser.waitFor("document.querySelectorAll('#hits li.hit').length > 0", "the hits");
        ready();
        assertTrue(browser.eval("document.querySelector('#hits .snippet').textContent").asText()
                .contains(HttpFixtures.SCRIPT_TEXT));
        browser.click("#hits li.hit a.title");
        browser.waitFor("document.getElementById('article-text') !== null", "the article view");
        ready();
        assertEquals("<b>Tiêu đề</b><script>window.__xss=3</script>",
                browser.eval("document.getElementById('article-title').textContent").asText());
        assertTrue(browser.eval("document.getElementById('article-text').textContent").asText()
                .contains(HttpFixtures.SCRIPT_TEXT));
        assertEquals(0, browser.eval("document.querySelectorAll('#view script, #view img, #view b:not(.snippet b)')"
                + ".length").asInt());
        assertTrue(browser.eval("typeof window.__xss === 'undefined'").asBoolean(), "no injected script ran");
        browser.screenshot(SHOTS.resolve("script-as-text.png"));
    }

    @Test
    void malformedQueryShowsTheServersMessage() throws Exception {
        browser.navigate(base + "#/search?q=" + java.net.URLEncoder.encode("\"nhiệm vụ", "UTF-8"));
        browser.waitFor("!document.getElementById('error').hidden", "the error message");
        assertTrue(browser.eval("document.getElementById('error').textContent").asText()
                .contains("the quote at column 1 is never closed"));
    }
}

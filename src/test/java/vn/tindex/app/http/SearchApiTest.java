package vn.tindex.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleSearcher;

/** The JSON API over a small index, through real HTTP on 127.0.0.1. */
class SearchApiTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;
    static SearchServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        HttpFixtures.index(dir);
        searcher = ArticleSearcher.open(dir);
        server = SearchServer.start(searcher, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> response) {
        JsonNode json() throws IOException {
            return RecordJson.mapper().readTree(body);
        }
    }

    static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Set<String> ids(JsonNode hits) {
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    static void assertError(Answer a, int status, String contains) throws IOException {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        JsonNode json = a.json();
        assertEquals(status, json.get("status").asInt());
        assertTrue(json.get("error").asText().contains(contains), json.get("error").asText());
        assertFalse(a.body().contains("\tat ") || a.body().contains("Exception"), "no stack trace: " + a.body());
    }

    @Test
    void searchReturnsHitsFacetsAndTimeline() throws Exception {
        JsonNode r = get("/api/search?q=" + enc("nhiệm vụ trọng tâm")).json();
        assertEquals(4, r.get("total").asInt());
        JsonNode seed = null;
        for (JsonNode hit : r.get("hits")) {
            seed = hit.get("id").asText().equals(HttpFixtures.SEED_ID) ? hit : seed;
        }
        assertTrue(seed != null && seed.get("snippet").asText().contains("<b>nhiệm</b>"), r.toString());
        JsonNode facets = r.get("facets");
        for (String dim : List.of("agency", "official", "post", "province", "year", "kind")) {
            assertTrue(facets.has(dim), dim);
        }
        assertTrue(facets.get("agency").toString().contains("{\"label\":\"Sở Xây dựng tỉnh Lạng Sơn\",\"count\":1}"),
                facets.get("agency").toString());
        assertTrue(facets.get("province").toString().contains("{\"label\":\"Lạng Sơn\",\"count\":2}"),
                facets.get("province").toString());
        assertEquals("[{\"label\":\"2019-01\",\"count\":1},{\"label\":\"2020-10\",\"count\":1},"
                + "{\"label\":\"2021-03\",\"count\":1},{\"label\":\"2022-05\",\"count\":1}]", r.get("timeline").toString());
        JsonNode fact = seed.get("matchingFacts").get(0);
        assertTrue(fact.has("start") && fact.has("index"), fact.toString());
    }

    @Test
    void filtersAsParametersOrAsTypedFieldsAgree() throws Exception {
        JsonNode byParam = get("/api/search?q=" + enc("nhiệm vụ") + "&agency=" + enc("Sở Xây dựng")).json();
        JsonNode byField = get("/api/search?q=" + enc("nhiệm vụ agency:\"Sở Xây dựng\"")).json();
        assertEquals(Set.of(HttpFixtures.SEED_ID, HttpFixtures.CAOBANG_ID), ids(byParam.get("hits")));
        assertEquals(ids(byParam.get("hits")), ids(byField.get("hits")));
        assertEquals(Set.of(HttpFixtures.CAOBANG_ID), ids(get("/api/search?q=" + enc("nhiệm vụ") + "&agency="
                + enc("Sở Xây dựng") + "&year=2021").json().get("hits")));
        assertEquals(Set.of(HttpFixtures.SEED_ID), ids(get("/api/search?province=" + enc("Lạng Sơn") + "&kind=directive")
                .json().get("hits")));
        assertEquals(Set.of(HttpFixtures.HANOI_ID), ids(get("/api/search?from=2022-01-01&to=2022-12-31").json()
                .get("hits")));
        assertEquals(Set.of(HttpFixtures.SEED_ID), ids(get("/api/search?meetingFrom=2020-10-01&meetingTo=2020-10-31")
                .json().get("hits")));
        assertEquals(Set.of(HttpFixtures.HANOI_ID), ids(get("/api/search?q=" + enc("-province:\"Lạng Sơn\" nhiệm vụ")
                + "&official=" + enc("Nguyễn Văn Hòa")).json().get("hits")));
    }

    @Test
    void pagingWalksTheResultsWithoutRepeats() throws Exception {
        String base = "/api/search?agency=" + enc("Sở Tài chính") + "&limit=5";
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (int offset = 0; offset < HttpFixtures.FILLERS; offset += 5, pages++) {
            JsonNode page = get(base + "&offset=" + offset).json();
            assertEquals(HttpFixtures.FILLERS, page.get("total").asInt());
            assertEquals(offset, page.get("offset").asInt());
            assertEquals(Math.min(5, HttpFixtures.FILLERS - offset), page.get("hits").size());
            page.get("hits").forEach(h -> assertTrue(seen.add(h.get("id").asText()), "repeated " + h));
        }
        assertEquals(3, pages);
        assertEquals(HttpFixtures.FILLERS, seen.size());
        assertEquals(0, get(base + "&offset=100").json().get("hits").size());
    }

    @Test
    void factsAreSearchedDirectly() throws Exception {
        JsonNode r = get("/api/facts?q=" + enc("kind:taskcount agency:\"Sở Xây dựng tỉnh Lạng Sơn\" year:2020")).json();
        assertEquals(1, r.get("total").asInt());
        JsonNode hit = r.get("hits").get(0);
        assertEquals(HttpFixtures.SEED_ID, hit.get("articleId").asText());
        assertEquals(6, hit.get("fact").get("count").asInt());
        assertEquals("[{\"year\":2020,\"status\":\"assigned\",\"tasks\":6,\"facts\":1}]", r.get("taskTotals").toString());
        JsonNode directives = get("/api/facts?kind=directive&official=" + enc("Lương Trọng Quỳnh")).json();
        assertEquals(1, directives.get("total").asInt());
        assertEquals("đề nghị", directives.get("hits").get(0).get("fact").get("verb").asText());
    }

    @Test
    void articleIsTheFullRecord() throws Exception {
        Answer a = get("/api/articles/" + HttpFixtures.SEED_ID);
        assertEquals(200, a.status());
        assertEquals(RecordJson.mapper().readTree(RecordJson.toLine(HttpFixtures.seed())), a.json());
        assertError(get("/api/articles/nope"), 404, "no article with id nope");
        assertError(get("/api/articles/" + enc("<x>")), 400, "not an article id");
    }

    @Test
    void agencyPageData() throws Exception {
        JsonNode p = get("/api/agency?name=" + enc(HttpFixtures.SXD_LANGSON)).json();
        assertEquals(1, p.get("articles").asInt());
        assertEquals(1, p.get("directivesTotal").asInt());
        assertEquals(6, p.get("taskTotals").get(0).get("tasks").asInt());
        JsonNode ubnd = get("/api/agency?name=" + enc("Ủy ban nhân dân tỉnh Lạng Sơn")).json();
        assertEquals("Lương Trọng Quỳnh", ubnd.get("officials").get(0).get("name").asText());
        assertError(get("/api/agency"), 400, "name is needed");
    }

    @Test
    void exportHonoursTheActiveFilters() throws Exception {
        Answer csv = get("/api/export?format=csv&agency=" + enc("Sở Tài chính"));
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.response().headers().firstValue("Content-Disposition").orElse("").contains("tindex-articles.csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(1 + HttpFixtures.FILLERS, lines.length);
        assertTrue(lines[0].startsWith("id,url,title,published,province,agencies"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("filler-"), lines[i]);
        }
        Answer jsonl = get("/api/export?format=jsonl&q=" + enc("nhiệm vụ") + "&province=" + enc("Lạng Sơn"));
        String[] records = jsonl.body().split("\n");
        Set<String> ids = new HashSet<>();
        for (String line : records) {
            ids.add(RecordJson.fromLine(line).id());
        }
        assertEquals(Set.of(HttpFixtures.SEED_ID, HttpFixtures.SCRIPT_ID), ids);
        Answer facts = get("/api/export?format=csv&what=facts&kind=taskcount");
        assertEquals(3, facts.body().split("\r\n").length, facts.body());
        assertEquals(2, get("/api/export?format=jsonl&max=2&agency=" + enc("Sở Tài chính")).body().split("\n").length);
        assertError(get("/api/export?format=xml"), 400, "format must be csv or jsonl");
        assertError(get("/api/export?format=csv&q=" + enc("\"open")), 400, "never closed");
    }

    @Test
    void badRequestsAreJsonErrorsWithAStatus() throws Exception {
        assertError(get("/api/search?q=" + enc("\"nhiệm vụ")), 400, "cannot parse query '\"nhiệm vụ': the quote at column 1 is never closed");
        assertError(get("/api/search?q=" + enc("agency:(")), 400, "never closed");
        assertError(get("/api/search?q=" + enc("year:abc")), 400, "year: takes a year");
        assertError(get("/api/search?q=" + enc("n*")), 400, "at least 2 letters");
        assertError(get("/api/search?q=" + enc("ab* cd* ef* gh*")), 400, "at most 3 wildcard");
        assertError(get("/api/search?agnecy=x"), 400, "unknown parameter 'agnecy'");
        assertError(get("/api/search?q=a&q=b"), 400, "given 2 times");
        assertError(get("/api/search?limit=1000"), 400, "limit must be between 1 and 100");
        assertError(get("/api/search?offset=9995&limit=10"), 400, "offset + limit must be at most 10000");
        assertError(get("/api/search?from=15/10/2020"), 400, "yyyy-mm-dd");
        assertError(get("/api/search?kind=memo"), 400, "unknown fact kind 'memo'");
        assertError(get("/api/search?q=" + enc("x ".repeat(600))), 400, "too long");
        assertError(get("/api/nothing-here"), 404, "not found");
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/search")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, post.statusCode());
        assertTrue(post.body().startsWith("{\"status\":"), post.body());
    }

    @Test
    void markupInAReleaseIsEscapedInSnippetsAndThePageRunsNoInlineScript() throws Exception {
        JsonNode hit = get("/api/search?q=" + enc("Tư pháp")).json().get("hits").get(0);
        assertEquals(HttpFixtures.SCRIPT_ID, hit.get("id").asText());
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("&lt;script&gt;window.__xss = 1&lt;/script&gt;"), snippet);
        assertFalse(snippet.replace("<b>", "").replace("</b>", "").contains("<"), snippet);
        assertTrue(snippet.contains("&amp; các"), snippet);

        Answer page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        String csp = page.response().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.response().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.body().contains("<script src=\"/app.js\" defer></script>"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from a CDN");
        assertEquals(200, get("/app.js").status());
        assertTrue(get("/app.css").contentType().startsWith("text/css"));
        assertFalse(get("/app.js").body().contains("innerHTML"), "the page builds its DOM from text only");
    }

    @Test
    void requestsForAnotherHostNameAreRefused() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/search HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("localhost only"), response);
        }
    }
}

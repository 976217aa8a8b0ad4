package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.model.ArticleRecord;

/** The filter fields analysts type: agency:, official:, province:, post:, kind:, year:, dates, by:/to:. */
class QueryLanguageTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (ArticleRecord r : TestRecords.all()) {
                index.upsert(r);
            }
        }
        searcher = ArticleSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static Set<String> ids(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    private static String error(String query) {
        return assertThrows(IllegalArgumentException.class, () -> searcher.search(SearchRequest.of(query)))
                .getMessage();
    }

    @Test
    void fieldFiltersNarrowLikeTheRequestOptions() throws IOException {
        assertEquals(Set.of(TestRecords.SEED_ID), ids("agency:\"Sở Xây dựng\""));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("agency:\"so xay dung tinh lang son\""));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), ids("agency:\"Sở Y tế\""));
        assertEquals(Set.of(TestRecords.HANOI_ID), ids("official:\"Nguyễn Văn Hòa\""));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("province:\"Lạng Sơn\" nhiệm vụ"));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.HANOI_ID), ids("post:\"Phó Chủ tịch\""));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("kind:directive"));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.HANOI_ID), ids("kind:events"));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("year:2020"));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), ids("year:[2021 TO 2022]"));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("to:\"Sở Xây dựng tỉnh Lạng Sơn\""));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("by:\"Lương Trọng Quỳnh\""));
        // the same result through the request's option and through the typed field
        assertEquals(ids("agency:\"Sở Y tế\" y tế"), searcher.search(SearchRequest.of("y tế").withAgency("Sở Y tế"))
                .hits().stream().map(Hit::id).collect(Collectors.toSet()));
    }

    @Test
    void exclusionsAndAlternatives() throws IOException {
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID, TestRecords.NODATE_ID),
                ids("-agency:\"Sở Xây dựng\""));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID), ids("agency:\"Sở Y tế\" -province:\"Hà Nội\""));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.HANOI_ID),
                ids("(province:\"Lạng Sơn\" OR province:\"Hà Nội\")"));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.LOOKALIKE_ID), ids("nhiem vu -kinh"));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.NODATE_ID), ids("-dịch"));
    }

    @Test
    void meetingAndPublicationDatesAreSeparateFilters() throws IOException {
        // Hà Nội has no publication date, only a meeting on 2022-05-20
        assertEquals(Set.of(TestRecords.HANOI_ID), ids("meeting:2022-05"));
        assertEquals(Set.of(), ids("published:2022"));
        assertEquals(Set.of(TestRecords.SEED_ID), ids("meeting:[2020-10-01 TO 2020-10-31]"));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID), ids("published:[2021-01 TO *]"));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), ids("date:[2021 TO 2022]"));
    }

    @Test
    void filterOnlyQueriesListNewestFirstAndPickFactsOfTheFilter() throws IOException {
        SearchResult result = searcher.search(SearchRequest.of("agency:\"Sở Y tế\""));
        assertEquals(List.of(TestRecords.HANOI_ID, TestRecords.LOOKALIKE_ID),
                result.hits().stream().map(Hit::id).toList());
        Hit seed = searcher.search(SearchRequest.of("official:\"Lương Trọng Quỳnh\"")).hits().get(0);
        assertTrue(seed.matchingFacts().stream().anyMatch(f -> f.kind().equals("directive")),
                seed.matchingFacts().toString());
    }

    @Test
    void filtersWithWordsKeepTheRankingOfTheWords() throws IOException {
        Hit top = searcher.search(SearchRequest.of("nhiệm vụ trọng tâm agency:\"Sở Xây dựng\"")).hits().get(0);
        assertEquals(TestRecords.SEED_ID, top.id());
        assertTrue(top.snippet().contains("<b>nhiệm</b> <b>vụ</b> <b>trọng</b> <b>tâm</b>"), top.snippet());
        assertFalse(top.snippet().contains("<b>Sở</b>"), "filters are not highlighted: " + top.snippet());
    }

    @Test
    void badFilterValuesSayWhatTheFieldTakes() {
        assertTrue(error("year:twenty").contains("year: takes a year like 2020"), error("year:twenty"));
        assertTrue(error("kind:memo").contains("unknown fact kind 'memo' (kinds: date, official, agency, taskcount,"
                + " directive, event)"), error("kind:memo"));
        assertTrue(error("meeting:15/10/2020").contains("meeting: takes a day, month or year"),
                error("meeting:15/10/2020"));
        assertTrue(error("agency:Sở*").contains("agency: takes a value"), error("agency:Sở*"));
        assertTrue(error("province:[a TO b]").contains("ranges like [a TO b] work on year, date, published and"
                + " meeting, not on province"), error("province:[a TO b]"));
        assertTrue(error("[a TO b]").contains("not on words"), error("[a TO b]"));
        for (String message : List.of(error("year:twenty"), error("kind:memo"), error("agency:"))) {
            assertTrue(message.startsWith("cannot parse query '"), message);
        }
    }

    @Test
    void wildcardHeavyQueriesAreRefused() throws IOException {
        assertTrue(error("n*").contains("'n*' needs at least 2 letters before a wildcard"), error("n*"));
        assertTrue(error("n?iem").contains("needs at least 2 letters"), error("n?iem"));
        assertTrue(error("nh* vu* tr* ta*").contains("at most 3 wildcard or fuzzy terms"), error("nh* vu* tr* ta*"));
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.LOOKALIKE_ID, TestRecords.NODATE_ID), ids("nhi*"));
        String tooLong = "a ".repeat(SearchRequest.MAX_QUERY_CHARS);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(tooLong)).getMessage()
                .contains("too long"));
    }

    @Test
    void textPartDropsTheFilterClauses() {
        assertEquals("nhiệm vụ trọng tâm", QueryParts.textPart(
                "nhiệm vụ agency:\"Sở Xây dựng\" trọng tâm -year:2020 year:[2019 TO 2021]"));
        assertEquals("tiến độ", QueryParts.textPart("tiến độ to:x"));
        assertEquals("photo:x", QueryParts.textPart("photo:x")); // a field name inside a word is no filter
    }
}

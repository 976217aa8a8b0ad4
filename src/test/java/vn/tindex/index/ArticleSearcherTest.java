package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.model.ArticleRecord;

class ArticleSearcherTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"))) {
            for (ArticleRecord r : TestRecords.all()) {
                index.upsert(r);
            }
            index.commit();
        }
        searcher = ArticleSearcher.open(dir.resolve("idx"));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String query) throws IOException {
        return searcher.search(SearchRequest.of(query));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(Hit::id).toList();
    }

    private static Set<String> idSet(SearchResult result) {
        return result.hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void accentedAndUnaccentedQueriesAgreeOnTheTopHit() throws IOException {
        SearchResult accented = search("nhiệm vụ trọng tâm");
        SearchResult plain = search("nhiem vu trong tam");
        assertEquals(TestRecords.SEED_ID, accented.hits().get(0).id());
        assertEquals(TestRecords.SEED_ID, plain.hits().get(0).id());
        // the lookalike "trọng tấm" folds to the same words, so both queries find it too
        assertEquals(Set.of(TestRecords.SEED_ID, TestRecords.LOOKALIKE_ID), idSet(plain));
        assertEquals(idSet(plain), idSet(accented));
        assertEquals(2, plain.total());
    }

    @Test
    void exactSpellingRanksFirstEvenAgainstMoreFoldedMatches() throws IOException {
        // "đô thị" once in the seed; "đồ thị" three times in the lookalike: folded, both are "do thi"
        assertEquals(List.of(TestRecords.LOOKALIKE_ID, TestRecords.SEED_ID), ids(search("do thi")));
        assertEquals(List.of(TestRecords.SEED_ID, TestRecords.LOOKALIKE_ID), ids(search("đô thị")));
        assertEquals(List.of(TestRecords.LOOKALIKE_ID, TestRecords.SEED_ID), ids(search("đồ thị")));
    }

    @Test
    void phraseQueriesKeepWordOrder() throws IOException {
        assertEquals(List.of(TestRecords.SEED_ID), ids(search("\"nhiem vu trong tam\" \"06\"")));
        assertEquals(0, search("\"trong tam nhiem vu\"").total());
    }

    @Test
    void nfdQueryWorks() throws IOException {
        String nfd = Normalizer.normalize("nhiệm vụ trọng tâm", Normalizer.Form.NFD);
        SearchResult result = search(nfd);
        assertEquals(ids(search("nhiệm vụ trọng tâm")), ids(result));
        assertEquals(search("nhiệm vụ trọng tâm").hits().get(0).score(), result.hits().get(0).score(), 1e-6);
    }

    @Test
    void oldToneConventionFindsModernSpelling() throws IOException {
        SearchResult old = search("\"Uỷ ban nhân dân\" Hà Nội");
        SearchResult modern = search("\"Ủy ban nhân dân\" Hà Nội");
        assertEquals(List.of(TestRecords.HANOI_ID), ids(old));
        // equal scores: the old spelling matched the exact field too, not only the folded one
        assertEquals(modern.hits().get(0).score(), old.hits().get(0).score(), 1e-6);
        assertTrue(old.hits().get(0).snippet().contains("<b>Ủy ban nhân dân</b>"), old.hits().get(0).snippet());
    }

    @Test
    void agencyFilterTakesShortCanonicalAndFoldedForms() throws IOException {
        for (String agency : List.of("Sở Xây dựng", "Sở Xây dựng tỉnh Lạng Sơn", "so xay dung", "SỞ XÂY DỰNG")) {
            SearchResult result = searcher.search(SearchRequest.of("").withAgency(agency));
            assertEquals(List.of(TestRecords.SEED_ID), ids(result), agency);
        }
        SearchResult yTe = searcher.search(SearchRequest.of("").withAgency("Sở Y tế"));
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), idSet(yTe));
        SearchResult ubnd = searcher.search(SearchRequest.of("").withAgency("UBND tỉnh Lạng Sơn"));
        assertEquals(List.of(TestRecords.SEED_ID), ids(ubnd));
        // a prefix must end at a word: "Sở Xây d" is not "Sở Xây dựng"
        assertEquals(0, searcher.search(SearchRequest.of("").withAgency("Sở Xây d")).total());
        assertEquals(0, searcher.search(SearchRequest.of("").withAgency("Xây dựng")).total());
    }

    @Test
    void provinceOfficialAndDateFilters() throws IOException {
        assertEquals(List.of(TestRecords.SEED_ID),
                ids(searcher.search(SearchRequest.of("nhiem vu").withProvince("lang son"))));
        assertEquals(List.of(TestRecords.SEED_ID),
                ids(searcher.search(SearchRequest.of("").withProvince("tỉnh Lạng Sơn"))));
        assertEquals(List.of(TestRecords.HANOI_ID),
                ids(searcher.search(SearchRequest.of("").withOfficial("nguyen van hoa"))));
        // published 2020-10-15, 2021-03-02; event 2022-05-20 for the article without a published date
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), idSet(searcher.search(
                SearchRequest.of("").withDates(LocalDate.of(2021, 1, 1), null))));
        assertEquals(List.of(TestRecords.SEED_ID), ids(searcher.search(
                SearchRequest.of("").withDates(LocalDate.of(2020, 10, 15), LocalDate.of(2020, 10, 15)))));
        assertEquals(List.of(TestRecords.HANOI_ID), ids(searcher.search(
                SearchRequest.of("").withDates(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)))));
        assertEquals(0, searcher.search(SearchRequest.of("").withDates(null, LocalDate.of(2019, 12, 31))).total());
    }

    @Test
    void facetsCountAllMatchingArticles() throws IOException {
        SearchResult all = searcher.search(SearchRequest.of("").withPage(1, 0));
        assertEquals(4, all.total());
        assertEquals(1, all.hits().size());
        assertEquals(List.of("agency", "official", "post", "province", "year", "kind"),
                List.copyOf(all.facets().keySet()));
        assertEquals(Set.of(new FacetCount("2020", 1), new FacetCount("2021", 1), new FacetCount("2022", 1)),
                Set.copyOf(all.facets().get("year")));
        assertEquals(4, all.facets().get("province").size());
        assertTrue(all.facets().get("agency").contains(new FacetCount("Sở Xây dựng tỉnh Lạng Sơn", 1)));

        SearchResult yTe = search("y tế");
        assertEquals(Set.of(TestRecords.LOOKALIKE_ID, TestRecords.HANOI_ID), idSet(yTe));
        assertEquals(Set.of(new FacetCount("Hà Giang", 1), new FacetCount("Hà Nội", 1)),
                Set.copyOf(yTe.facets().get("province")));
        assertEquals(List.of(new FacetCount("Nguyễn Văn Hòa", 1)), yTe.facets().get("official"));
    }

    @Test
    void snippetMarksMatchesWithOriginalDiacritics() throws IOException {
        Hit phrase = search("\"nhiem vu trong tam\"").hits().get(0);
        assertTrue(phrase.snippet().contains("<b>nhiệm vụ trọng tâm</b>"), phrase.snippet());
        Hit words = search("do thi").hits().stream()
                .filter(h -> h.id().equals(TestRecords.SEED_ID)).findFirst().orElseThrow();
        assertTrue(words.snippet().contains("<b>đô</b> <b>thị</b>"), words.snippet());
        assertFalse(words.snippet().contains("\n"), words.snippet());
    }

    @Test
    void snippetMarksWordsAsTypedAndFoldedOnlyWhenNeeded() throws IOException {
        // typed with diacritics: "chỉ" only; typed without: every word that folds to "chi" (chỉ, chí)
        String typed = search("chỉ đạo").hits().get(0).snippet();
        assertTrue(typed.contains("<b>chỉ</b> <b>đạo</b>") && !typed.contains("<b>chí</b>"), typed);
        String plain = search("chi dao").hits().get(0).snippet();
        assertTrue(plain.contains("<b>chỉ</b> <b>đạo</b>") && plain.contains("<b>chí</b>"), plain);
        // an article found only through folding still gets its folded matches marked
        Hit lookalike = search("trọng tâm").hits().stream()
                .filter(h -> h.id().equals(TestRecords.LOOKALIKE_ID)).findFirst().orElseThrow();
        assertTrue(lookalike.snippet().contains("<b>trọng</b> <b>tấm</b>"), lookalike.snippet());
    }

    @Test
    void snippetIsEscapedAndFallsBackToTheStartOfTheText() throws IOException {
        Hit hanoi = search("vật tư").hits().get(0);
        assertTrue(hanoi.snippet().contains("&amp; chuẩn bị &lt;đủ&gt; <b>vật</b> <b>tư</b>"), hanoi.snippet());
        Hit listed = searcher.search(SearchRequest.of("").withProvince("Cao Bằng")).hits().get(0);
        assertEquals("Tỉnh Cao Bằng triển khai nhiệm vụ phát triển kinh tế cửa khẩu.", listed.snippet());
    }

    @Test
    void matchingFactsRelateToTheQueryAndFilters() throws IOException {
        Hit seed = search("nhiem vu trong tam").hits().get(0);
        Set<String> kinds = seed.matchingFacts().stream().map(FactRef::kind).collect(Collectors.toSet());
        assertEquals(Set.of("taskcount", "directive"), kinds, seed.matchingFacts().toString());
        String taskSentence = searcher.get(TestRecords.SEED_ID).taskCounts().get(0).text();
        FactRef task = seed.matchingFacts().stream().filter(f -> f.kind().equals("taskcount")).findFirst()
                .orElseThrow();
        assertEquals("6 nhiệm vụ trọng tâm (assigned)", task.label());
        assertEquals(taskSentence, task.text());
        // the reference points at the fact in its record and in the text
        assertEquals(0, task.index());
        String text = searcher.get(TestRecords.SEED_ID).text();
        assertEquals(taskSentence, text.substring(task.start(), task.end()));

        Hit byAgency = searcher.search(SearchRequest.of("").withAgency("Sở Xây dựng")).hits().get(0);
        Set<String> agencyKinds = byAgency.matchingFacts().stream().map(FactRef::kind).collect(Collectors.toSet());
        assertEquals(Set.of("taskcount", "directive", "event", "agency"), agencyKinds);

        Hit byOfficial = search("Lương Trọng Quỳnh").hits().get(0);
        assertTrue(byOfficial.matchingFacts().stream().anyMatch(f -> f.kind().equals("official")
                && f.label().equals("Lương Trọng Quỳnh")), byOfficial.matchingFacts().toString());
        assertEquals(List.of(), searcher.search(SearchRequest.of("")).hits().get(0).matchingFacts());
    }

    @Test
    void emptyQueryListsNewestFirstAndPages() throws IOException {
        SearchResult all = search("");
        assertEquals(List.of(TestRecords.HANOI_ID, TestRecords.LOOKALIKE_ID, TestRecords.SEED_ID,
                TestRecords.NODATE_ID), ids(all));
        SearchResult page = searcher.search(SearchRequest.of("").withPage(2, 1));
        assertEquals(List.of(TestRecords.LOOKALIKE_ID, TestRecords.SEED_ID), ids(page));
        assertEquals(4, page.total());
        assertEquals(List.of(), ids(searcher.search(SearchRequest.of("").withPage(2, 10))));
    }

    @Test
    void getReturnsTheStoredRecord() throws IOException {
        ArticleRecord seed = searcher.get(TestRecords.SEED_ID);
        assertNotNull(seed);
        assertEquals(TestRecords.seed(seed.title()), seed);
        assertNull(searcher.get("no-such-id"));
    }

    @Test
    void malformedQueryIsAReadableIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> search("agency:("));
        assertEquals("cannot parse query 'agency:(': '(' at column 8 is never closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> search("\"nhiem vu"));
        assertEquals("cannot parse query '\"nhiem vu': the quote at column 1 is never closed", e.getMessage());
    }

    @Test
    void missingIndexFailsWithThePath() {
        Path missing = dir.resolve("missing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleSearcher.open(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }
}

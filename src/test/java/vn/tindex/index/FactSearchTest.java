package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Directive;
import vn.tindex.model.TaskCount;

/** Facts as documents of their own: searched, faceted and added up directly. */
class FactSearchTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (ArticleRecord r : TestRecords.all()) {
                index.upsert(r);
            }
            index.upsert(TestRecords.seed("re-imported: the facts are replaced, not added"));
        }
        searcher = ArticleSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static FactResult facts(String query) throws IOException {
        return searcher.searchFacts(SearchRequest.of(query));
    }

    @Test
    void taskCountsOfAnAgencyInAYear() throws IOException {
        FactResult result = facts("kind:taskcount agency:\"Sở Xây dựng tỉnh Lạng Sơn\" year:2020");
        assertEquals(1, result.total());
        FactHit hit = result.hits().get(0);
        assertEquals(TestRecords.SEED_ID, hit.articleId());
        assertEquals("taskcount", hit.kind());
        assertEquals("6 nhiệm vụ trọng tâm (assigned)", hit.label());
        TaskCount task = (TaskCount) hit.fact();
        assertEquals(6, task.count());
        String text = searcher.get(TestRecords.SEED_ID).text();
        assertEquals(task.text(), text.substring(hit.start(), hit.end()));
        assertEquals(List.of(new TaskTotal(2020, "assigned", 6, 1)), result.taskTotals());
        assertEquals(0, facts("kind:taskcount agency:\"Sở Xây dựng tỉnh Lạng Sơn\" year:2021").total());
    }

    @Test
    void directivesByAnOfficial() throws IOException {
        FactResult result = facts("kind:directive official:\"Lương Trọng Quỳnh\"");
        assertEquals(1, result.total());
        Directive directive = (Directive) result.hits().get(0).fact();
        assertEquals("đề nghị", directive.verb());
        assertEquals(List.of(new FacetCount("Phó Chủ tịch", 1)), result.facets().get("post"));
        assertEquals(List.of(new FacetCount("directive", 1)), result.facets().get("kind"));
        // the words of a fact search match the fact's own sentence and are highlighted there
        FactHit words = facts("kind:directive tiến độ").hits().get(0);
        assertTrue(words.snippet().contains("<b>tiến độ</b>") || words.snippet().contains("<b>tiến</b> <b>độ</b>"),
                words.snippet());
    }

    @Test
    void factFacetsCountFactsNotArticles() throws IOException {
        FactResult all = searcher.searchFacts(SearchRequest.of("").withProvince("Lạng Sơn").withPage(100, 0));
        ArticleRecord seed = searcher.get(TestRecords.SEED_ID);
        int facts = seed.dates().size() + seed.officials().size() + seed.agencies().size() + seed.taskCounts().size()
                + seed.directives().size() + seed.events().size();
        assertEquals(facts, all.total());
        assertEquals(List.of("date", "official", "agency", "taskcount", "directive", "event"),
                all.hits().stream().map(FactHit::kind).distinct().sorted((a, b) -> order(a) - order(b)).toList());
        assertTrue(all.facets().get("kind").contains(new FacetCount("agency", 2)), all.facets().toString());
    }

    private static int order(String kind) {
        return FactKind.parse(kind).ordinal();
    }

    @Test
    void factWordsSearchTheFactsOwnTextNotTheArticleTitle() throws IOException {
        // "đồng chí" is in the seed's text, but only the directive's sentence holds "bảo đảm tiến độ"
        FactResult words = facts("\"bảo đảm tiến độ\"");
        assertEquals(List.of("directive"), words.hits().stream().map(FactHit::kind).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> facts("title:Lạng"));
        assertTrue(e.getMessage().contains("title: searches articles"), e.getMessage());
    }

    @Test
    void meetingDatesOfEvents() throws IOException {
        FactResult events = facts("kind:event meeting:2022");
        assertEquals(1, events.total());
        assertEquals(TestRecords.HANOI_ID, events.hits().get(0).articleId());
    }

    @Test
    void agencyProfileGathersOfficialsTasksAndDirectives() throws IOException {
        AgencyProfile sxd = searcher.agencyProfile("Sở Xây dựng tỉnh Lạng Sơn");
        assertEquals(1, sxd.articles());
        assertEquals(List.of(new FacetCount("2020", 1)), sxd.years());
        assertEquals(List.of(new TaskTotal(2020, "assigned", 6, 1)), sxd.taskTotals());
        assertEquals(1, sxd.directivesTotal());
        assertEquals("directive", sxd.directives().get(0).kind());
        AgencyProfile ubnd = searcher.agencyProfile("Ủy ban nhân dân tỉnh Lạng Sơn");
        assertEquals(List.of(new AgencyProfile.OfficialSummary("Lương Trọng Quỳnh", List.of("Phó Chủ tịch"), 1)),
                ubnd.officials());
        assertEquals(0, ubnd.directivesTotal());
        assertThrows(IllegalArgumentException.class, () -> searcher.agencyProfile(" "));
    }

    @Test
    void articleCountsIgnoreFactDocuments() throws IOException {
        assertEquals(4, searcher.numDocs());
        assertEquals(4, searcher.search(SearchRequest.of("")).total());
        assertNotNull(searcher.get(TestRecords.SEED_ID));
        assertEquals("re-imported: the facts are replaced, not added", searcher.get(TestRecords.SEED_ID).title());
    }
}

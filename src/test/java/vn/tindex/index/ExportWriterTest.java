package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.ArticleRecord;

class ExportWriterTest {
    @TempDir
    Path dir;

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("plain", ExportWriter.cell("plain"));
        assertEquals("\"a, b\"", ExportWriter.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ExportWriter.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", ExportWriter.cell("=HYPERLINK(1)"));
        assertEquals("\"'-1,2\"", ExportWriter.cell("-1,2"));
        assertThrows(IllegalArgumentException.class, () -> ExportWriter.Format.parse("xml"));
        assertEquals(ExportWriter.Format.JSONL, ExportWriter.Format.parse(" JSONL "));
    }

    @Test
    void exportsHonourTheFiltersOfTheSearch() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (ArticleRecord r : TestRecords.all()) {
                index.upsert(r);
            }
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            StringWriter csv = new StringWriter();
            ExportWriter writer = new ExportWriter(csv, ExportWriter.Format.CSV);
            int n = searcher.forEachArticle(SearchRequest.of("agency:\"Sở Y tế\""), 100, writer::article);
            writer.finish(false);
            String[] lines = csv.toString().split("\r\n");
            assertEquals(2, n);
            assertEquals(String.join(",", ExportWriter.ARTICLE_COLUMNS), lines[0]);
            assertEquals(3, lines.length);
            assertTrue(lines[1].startsWith(TestRecords.HANOI_ID + ",,Hà Nội kiểm tra"), lines[1]);

            StringWriter jsonl = new StringWriter();
            ExportWriter records = new ExportWriter(jsonl, ExportWriter.Format.JSONL);
            searcher.forEachArticle(SearchRequest.of("nhiem vu").withProvince("Lạng Sơn"), 100, records::article);
            String[] recordLines = jsonl.toString().split("\n");
            assertEquals(1, recordLines.length);
            assertEquals(searcher.get(TestRecords.SEED_ID), RecordJson.fromLine(recordLines[0]));

            StringWriter facts = new StringWriter();
            ExportWriter factWriter = new ExportWriter(facts, ExportWriter.Format.CSV);
            searcher.forEachFact(SearchRequest.of("kind:taskcount"), 100, factWriter::fact);
            assertTrue(facts.toString().contains(",taskcount,0,6 nhiệm vụ trọng tâm (assigned),"), facts.toString());

            StringWriter empty = new StringWriter();
            ExportWriter none = new ExportWriter(empty, ExportWriter.Format.CSV);
            searcher.forEachArticle(SearchRequest.of("khongcogi"), 100, none::article);
            none.finish(false);
            assertEquals(String.join(",", ExportWriter.ARTICLE_COLUMNS) + "\r\n", empty.toString());
            assertThrows(IllegalArgumentException.class,
                    () -> searcher.forEachArticle(SearchRequest.of(""), ArticleSearcher.MAX_EXPORT + 1, r -> { }));
        }
    }
}

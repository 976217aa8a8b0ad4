package vn.tindex.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.SearchRequest;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Mention;
import vn.tindex.model.Agency;

/** {@code import --records}: records indexed as they are, bad lines named, a second run skips what is there. */
class RecordImportRunTest {
    @TempDir
    Path dir;

    @Test
    void recordsAreIndexedWithoutExtractionAndBadLinesNamed() throws IOException {
        String text = "Sở Xây dựng tỉnh Lạng Sơn được giao 06 nhiệm vụ trọng tâm.";
        ArticleRecord record = new ArticleRecord("00000000000000aa", "https://langson.gov.vn/a", "langson.gov.vn",
                "Tiêu đề", "2020-10-15", null, "Lạng Sơn", text, List.of(), List.of(),
                List.of(new Agency("Sở Xây dựng tỉnh Lạng Sơn", "Sở Xây dựng", "province",
                        List.of(Mention.of(text, 0, 25)))), List.of(), List.of(), List.of());
        Path records = Files.createDirectories(dir.resolve("records"));
        Files.writeString(records.resolve("part-00000.jsonl"), RecordJson.toLine(record) + "\n{not a record\n",
                StandardCharsets.UTF_8);
        Files.writeString(records.resolve("_SUCCESS"), "");
        Path index = dir.resolve("index");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchStats first = new RecordImportRun(BatchOptions.defaults(), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(List.of(records.toString()), index);
        assertEquals(1, first.imported());
        assertEquals(1, first.failed());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("part-00000.jsonl:2"), err.toString());
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            SearchRequest request = SearchRequest.of("nhiệm vụ trọng tâm");
            assertEquals("00000000000000aa", searcher.search(request).hits().get(0).id());
        }

        BatchStats second = new RecordImportRun(BatchOptions.defaults(), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8)).run(List.of(records.toString()), index);
        assertEquals(0, second.imported());
        assertEquals(1, second.unchanged());
    }
}

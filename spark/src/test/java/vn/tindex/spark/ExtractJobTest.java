package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of issue 10: the job, run with {@code local[2]} bound to 127.0.0.1 on corpus/, gives the records
 * {@code tindex extract corpus/} gives (same ids, same facts, line for line), and its merged index answers the
 * search of the pipeline issue as an index built by {@code tindex import corpus/} does. The product runs in its own
 * JVM from target/tindex.jar, on its own classpath (Jackson 2.23), as a user runs it.
 */
class ExtractJobTest {
    private static final String SEED_ID = "6d873bad05edaed0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static SparkSession spark;
    static JobSummary summary;
    static Path corpus;
    static Path out;

    @BeforeAll
    static void runTheJobAndTheProduct() throws Exception {
        corpus = Path.of(System.getProperty("tindex.corpus", "../corpus"));
        long t0 = System.nanoTime();
        Tindex.run(work, "extract", corpus.toString(), "-o", work.resolve("extract.jsonl").toString(),
                "--progress", "none");
        long t1 = System.nanoTime();
        Tindex.run(work, "import", corpus.toString(), "--index", work.resolve("imported").toString(),
                "--progress", "none");
        long t2 = System.nanoTime();
        spark = LocalSpark.start();
        out = work.resolve("job");
        summary = ExtractJob.run(spark, JobOptions.parse("--output", out.toString(), corpus.toString()));
        System.err.printf(java.util.Locale.ROOT, "tindex extract %.1f s, tindex import %.1f s, Spark job %.1f s: %s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9, summary.line());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void recordsEqualThoseOfTindexExtract() throws IOException {
        Map<String, String> expected = byId(Files.readAllLines(work.resolve("extract.jsonl"), StandardCharsets.UTF_8));
        Map<String, String> actual = byId(jobRecordLines());
        assertEquals(151, expected.size());
        assertEquals(expected.keySet(), actual.keySet(), "the same ids");
        for (String id : expected.keySet()) {
            assertEquals(JSON.readTree(expected.get(id)), JSON.readTree(actual.get(id)), "the record of " + id);
            assertEquals(expected.get(id), actual.get(id), "the JSON line of " + id);
        }
    }

    @Test
    void theMergedIndexAnswersTheSearchAsTheImportedOneDoes() throws IOException, InterruptedException {
        JsonNode imported = search(work.resolve("imported"));
        JsonNode merged = search(out.resolve("index"));
        assertEquals(SEED_ID, merged.get("hits").get(0).get("id").asText());
        assertTrue(merged.get("facets").get("agency").size() > 0, "facets by agency: " + merged);
        assertEquals(imported, merged);
    }

    @Test
    void importReadsTheJobRecordsWithoutExtractingAgain() throws IOException, InterruptedException {
        Path index = work.resolve("from-records");
        String err = Tindex.run(work, "import", "--records", out.resolve("records").toString(),
                "--index", index.toString(), "--progress", "none");
        assertTrue(err.contains("151"), err);
        assertEquals(search(work.resolve("imported")), search(index));
    }

    @Test
    void parquetHoldsTheRecordsPartitionedByProvinceAndYear() {
        Dataset<Row> rows = spark.read().parquet(out.resolve("parquet").toString());
        assertEquals(151, rows.count());
        assertTrue(Files.isDirectory(out.resolve("parquet/province=Lạng Sơn")), "a folder per province");
        Row seed = rows.filter("id = '" + SEED_ID + "'").first();
        assertEquals("Lạng Sơn", seed.getAs("province"));
        assertNull(seed.getAs("year"), "the seed article has no publication date");
        List<Row> counts = seed.getList(seed.fieldIndex("taskCounts"));
        assertTrue(counts.stream().anyMatch(r -> "nhiệm vụ trọng tâm".equals(r.getAs("task"))
                && ((Number) r.getAs("count")).longValue() == 6), counts.toString());
        Dataset<Row> of2016 = rows.filter("year = 2016");
        assertTrue(of2016.count() > 0, "articles published in 2016");
        assertEquals(0, of2016.filter("NOT published LIKE '2016%'").count(), "year is the year of publication");
    }

    @Test
    void theSummaryCountsWhatWasReadAndWhatFailed() throws IOException {
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(151, s.get("files").asInt());
        assertEquals(151, s.get("articlesRead").asInt());
        assertEquals(151, s.get("recordsWritten").asInt());
        assertEquals(151, s.get("indexed").asInt());
        assertEquals(0, s.get("failed").asInt());
        assertEquals(151, summary.recordsWritten);
    }

    private static JsonNode search(Path index) throws IOException, InterruptedException {
        Path json = Files.createTempFile(work, "search", ".json");
        Tindex.runTo(work, json, "search", "nhiệm vụ trọng tâm", "--agency", "Sở Xây dựng", "--index",
                index.toString(), "--json");
        return JSON.readTree(json.toFile());
    }

    private static List<String> jobRecordLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("records"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static Map<String, String> byId(List<String> lines) throws IOException {
        Map<String, String> map = new TreeMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                String previous = map.put(JSON.readTree(line).get("id").asText(), line);
                assertNull(previous, "one record per id");
            }
        }
        return map;
    }
}

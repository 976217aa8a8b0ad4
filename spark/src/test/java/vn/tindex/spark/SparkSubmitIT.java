package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.app.batch.ArchiveGenerator;

/**
 * The shaded jar as a cluster runs it: {@code spark-submit} (spark/bin/spark-submit-local, SparkSubmit on Spark
 * 4.1.1's own classpath: Jackson 2.20, icu4j 77.1 first) with {@code local[2]} on a WARC file, a .jsonl.gz and a
 * folder with bad inputs. The records equal those of {@code tindex extract} on the same inputs, the failures are
 * named in issues/ and counted in summary.json, and the index (built with Lucene's ICU filters, which break on
 * Spark's icu4j unless it is relocated) answers {@code tindex search}.
 */
class SparkSubmitIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static Path in;
    static Path out;
    static Tindex.Result submit;

    @BeforeAll
    static void submitTheJob() throws Exception {
        in = Files.createDirectories(work.resolve("in"));
        new ArchiveGenerator(Path.of(System.getProperty("tindex.corpus", "../corpus")).resolve("articles"))
                .write(in, 24, 7L);
        Path bad = Files.createDirectories(in.resolve("bad"));
        Files.writeString(bad.resolve("lines.jsonl"), "{\"url\":\"https://example.gov.vn/a\",\"text\":\"Sáng 5/3/2021,"
                + " UBND tỉnh Hà Tĩnh họp thường kỳ.\"}\n{not json\n", StandardCharsets.UTF_8);
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.write(bad.resolve("cut.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        out = work.resolve("job");
        List<String> command = List.of("bash", Path.of("bin/spark-submit-local").toAbsolutePath().toString(),
                "--master", "local[2]", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                "--class", "vn.tindex.spark.ExtractJob", Path.of("target/tindex-spark.jar").toAbsolutePath().toString(),
                "--output", out.toString(), in.toUri().toString());
        submit = Tindex.start(command, work, work.resolve("submit.out"));
        assertEquals(0, submit.code(), submit.err());
    }

    @Test
    void recordsEqualThoseOfTindexExtractOnTheSameWarcAndJsonLines() throws IOException, InterruptedException {
        Path expected = work.resolve("extract.jsonl");
        Tindex.Result r = Tindex.exec(work, work.resolve("extract.out"), "extract", in.toString(), "-o",
                expected.toString(), "--progress", "none");
        assertEquals(3, r.code(), "the bad inputs fail: " + r.err());
        Map<String, JsonNode> want = byId(Files.readAllLines(expected, StandardCharsets.UTF_8));
        Map<String, JsonNode> got = byId(jobRecords());
        assertEquals(25, want.size(), "24 archive articles and the good JSON line");
        assertEquals(want, got);
    }

    @Test
    void failuresAreNamedWithTheirReason() throws IOException {
        List<String> issues = Files.readAllLines(out.resolve("issues/part-00000.jsonl"), StandardCharsets.UTF_8);
        String all = String.join("\n", issues);
        for (String bad : List.of("lines.jsonl:2", "empty.txt", "cut.warc.gz")) {
            assertTrue(all.contains(bad), "issues name " + bad + ": " + all);
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(25, summary.get("recordsWritten").asInt());
        assertEquals(issues.size(), summary.get("failed").asInt());
        assertTrue(summary.get("failedByStage").get("read").has("invalid JSON"), summary.toString());
    }

    @Test
    void theIndexBuiltUnderSparkSubmitAnswersTindexSearch() throws IOException, InterruptedException {
        Path result = work.resolve("search.json");
        Tindex.runTo(work, result, "search", "nhiem vu", "--index", out.resolve("index").toString(), "--json");
        JsonNode search = JSON.readTree(result.toFile());
        assertTrue(search.get("total").asInt() > 0, search.toString());
        assertTrue(search.get("hits").get(0).get("snippet").asText().contains("<b>"), search.toString());
    }

    private static List<String> jobRecords() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("records"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> map = new TreeMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                map.put(node.get("id").asText(), node);
            }
        }
        return map;
    }
}

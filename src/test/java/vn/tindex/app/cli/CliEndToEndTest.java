package vn.tindex.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;

/** Runs the CLI as a user would, on corpus/: import, search with and without diacritics, extract, bad inputs. */
class CliEndToEndTest {
    private static final String SEED_ID = "6d873bad05edaed0";

    @TempDir
    static Path work;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void importCorpus() {
        CliRun r = run("import", "corpus/", "--index", work.resolve("index").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("imported"), r.err());
    }

    private static JsonNode search(String query) throws IOException {
        CliRun r = run("search", query, "--agency", "Sở Xây dựng", "--index", work.resolve("index").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return RecordJson.mapper().readTree(r.out());
    }

    @Test
    void keyTasksOfTheConstructionDepartmentFindTheSeedFirst() throws IOException {
        JsonNode accented = search("nhiệm vụ trọng tâm");
        JsonNode top = accented.get("hits").get(0);
        assertEquals(SEED_ID, top.get("id").asText());
        assertTrue(top.get("snippet").asText().contains("<b>nhiệm</b> <b>vụ</b> <b>trọng</b> <b>tâm</b>"),
                top.get("snippet").asText());
        assertTrue(accented.get("facets").get("agency").size() > 0);
        assertEquals(SEED_ID, search("nhiem vu trong tam").get("hits").get(0).get("id").asText());
    }

    @Test
    void reimportReplacesInsteadOfDuplicating() throws IOException {
        Path index = work.resolve("index");
        CliRun before = run("search", "", "--index", index.toString(), "--json", "--limit", "1");
        assertEquals(0, run("import", "corpus/articles/000_e0d662cfddb07dc5.txt", "--index", index.toString()).code());
        CliRun after = run("search", "", "--index", index.toString(), "--json", "--limit", "1");
        assertEquals(RecordJson.mapper().readTree(before.out()).get("total"),
                RecordJson.mapper().readTree(after.out()).get("total"));
    }

    @Test
    void extractWritesOneRecordPerArticleWithSpansIntoItsText() throws IOException {
        Path out = work.resolve("records.jsonl");
        CliRun r = run("extract", "corpus/articles/000_e0d662cfddb07dc5.txt", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        JsonNode record = RecordJson.mapper().readTree(lines.get(0));
        String text = record.get("text").asText();
        for (JsonNode official : record.get("officials")) {
            for (JsonNode m : official.get("mentions")) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        assertEquals("Lạng Sơn", record.get("province").asText());
    }

    @Test
    void badInputsAreNamedAndTheGoodOnesStillImported() throws IOException {
        Path folder = Files.createDirectories(work.resolve("mixed"));
        Files.write(folder.resolve("binary.html"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xff});
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.writeString(folder.resolve("nobody.html"), "<html><head><title>x</title></head></html>");
        Files.writeString(folder.resolve("lines.jsonl"),
                "{\"url\":\"https://example.gov.vn/a\",\"text\":\"Sáng 5/3/2021, UBND tỉnh Hà Tĩnh họp thường kỳ.\"}\n"
                        + "{not json\n");
        Files.copy(Path.of("corpus/articles/000_e0d662cfddb07dc5.txt"), folder.resolve("seed.txt"));
        Path index = work.resolve("mixed-index");
        CliRun r = run("import", folder.toString(), "--index", index.toString());
        assertEquals(Main.SOME_INPUTS_FAILED, r.code(), r.err());
        for (String bad : List.of("binary.html", "empty.txt", "nobody.html", "lines.jsonl:2")) {
            assertTrue(r.err().contains(bad), "stderr should name " + bad + ": " + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        CliRun all = run("search", "", "--index", index.toString(), "--json");
        assertEquals(2, RecordJson.mapper().readTree(all.out()).get("total").asInt(), all.out());
    }

    @Test
    void userMistakesGetOneLineNotAStackTrace() {
        CliRun noIndex = run("search", "x", "--index", work.resolve("missing").toString());
        assertEquals(2, noIndex.code());
        assertTrue(noIndex.err().startsWith("tindex: no index at"), noIndex.err());
        CliRun badQuery = run("search", "\"unbalanced", "--index", work.resolve("index").toString());
        assertEquals(2, badQuery.code());
        assertTrue(badQuery.err().startsWith("tindex: "), badQuery.err());
        assertFalse(badQuery.err().contains("\tat "), badQuery.err());
        CliRun badDate = run("search", "x", "--from", "15/10/2020", "--index", work.resolve("index").toString());
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("yyyy-mm-dd"), badDate.err());
    }
}

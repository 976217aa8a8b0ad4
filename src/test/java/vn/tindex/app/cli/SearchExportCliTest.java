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
import vn.tindex.app.http.HttpFixtures;
import vn.tindex.codec.RecordJson;

/** search and export share the query language and the filter options; bad input is one line, exit code 2. */
class SearchExportCliTest {
    @TempDir
    static Path work;
    static String index;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void index() throws IOException {
        HttpFixtures.index(work.resolve("index"));
        index = work.resolve("index").toString();
    }

    @Test
    void searchTakesFieldsAndOptionsAlike() throws IOException {
        CliRun typed = run("search", "nhiệm vụ agency:\"Sở Xây dựng\" year:2021", "--index", index, "--json");
        CliRun options = run("search", "nhiệm vụ", "--agency", "Sở Xây dựng", "--year", "2021", "--index", index, "--json");
        assertEquals(0, typed.code(), typed.err());
        JsonNode a = RecordJson.mapper().readTree(typed.out());
        JsonNode b = RecordJson.mapper().readTree(options.out());
        assertEquals(1, a.get("total").asInt());
        assertEquals(a.get("hits").get(0).get("id"), b.get("hits").get(0).get("id"));
        assertTrue(a.has("timeline") && a.get("facets").has("kind"));
    }

    @Test
    void searchFactsPrintsTheFactsAndTheirTotals() {
        CliRun r = run("search", "kind:taskcount", "--facts", "--index", index);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 facts match"), r.out());
        assertTrue(r.out().contains("taskcount: 6 nhiệm vụ trọng tâm (assigned)"), r.out());
        assertTrue(r.out().contains("2020  assigned          6 tasks in 1 facts"), r.out());
        CliRun directives = run("search", "--facts", "--kind", "directive", "--official", "Lương Trọng Quỳnh",
                "--index", index);
        assertTrue(directives.out().startsWith("1 facts match"), directives.out());
    }

    @Test
    void exportWritesWhatTheSearchMatches() throws IOException {
        Path csv = work.resolve("out.csv");
        CliRun r = run("export", "agency:\"Sở Tài chính\"", "--format", "csv", "-o", csv.toString(), "--index", index);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + HttpFixtures.FILLERS, lines.size());
        assertTrue(r.err().contains("exported " + HttpFixtures.FILLERS + " articles"), r.err());

        CliRun jsonl = run("export", "nhiệm vụ trọng tâm", "--province", "Lạng Sơn", "--format", "jsonl", "--index", index);
        for (String line : jsonl.out().split("\n")) {
            assertEquals("Lạng Sơn", RecordJson.fromLine(line).province());
        }
        CliRun facts = run("export", "--facts", "--kind", "directive", "--format", "jsonl", "--index", index);
        assertEquals(2, facts.out().split("\n").length, facts.out());
        assertTrue(facts.out().contains("\"verb\":\"đề nghị\""), facts.out());
    }

    @Test
    void mistakesAreOneLine() {
        for (String[] args : List.of(
                new String[] {"export", "\"open", "--index", index},
                new String[] {"export", "x", "--format", "xml", "--index", index},
                new String[] {"search", "kind:memo", "--index", index},
                new String[] {"search", "x", "--kind", "memo", "--index", index},
                new String[] {"export", "x", "--max", "0", "--index", index})) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("tindex: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals("", r.out(), "nothing written for " + String.join(" ", args));
        }
    }
}

package vn.tindex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tindex.app.cli.Main;
import vn.tindex.codec.RecordJson;

/**
 * The quality gate: extraction on the corpus test split may not fall more than 0.02 F1 below the figures recorded
 * in corpus/baseline.json for any fact kind. A change that improves them updates that file on purpose.
 */
class QualityGateTest {
    private static final double TOLERANCE = 0.02;

    @Test
    void testSplitStaysAtOrAboveTheRecordedBaseline() throws IOException {
        JsonNode baseline = RecordJson.mapper().readTree(Path.of("corpus/baseline.json").toFile());
        String table = runEval();
        List<String> failures = new ArrayList<>();
        for (String kind : Evaluation.KINDS) {
            double recorded = baseline.get("test").get(kind).asDouble();
            double now = f1(table, kind);
            if (now < recorded - TOLERANCE) {
                failures.add(String.format("%s F1 %.3f < baseline %.3f - %.2f", kind, now, recorded, TOLERANCE));
            }
        }
        assertTrue(failures.isEmpty(), String.join("; ", failures) + "\n" + table);
        assertTrue(table.strip().lines().reduce((a, b) -> b).orElse("").matches("macro-F1 \\d\\.\\d{3}"), table);
    }

    @Test
    void everyArticleHasAGoldFileAndIsListedInTheCorpusReadme() throws IOException {
        String readme = Files.readString(Path.of("corpus/README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> articles = Files.list(Path.of("corpus/articles"))) {
            for (Path article : articles.toList()) {
                String name = article.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.'));
                assertTrue(Files.exists(Path.of("corpus/gold", stem + ".json")), "no gold file for " + name);
                assertTrue(readme.contains(name), "corpus/README.md does not list " + name);
            }
        }
    }

    /** Runs `tindex eval corpus/gold --split test` and returns what it printed. */
    private static synchronized String runEval() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run("eval", "corpus/gold", "--split", "test"));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static double f1(String table, String kind) {
        for (String line : table.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 6 && cols[0].equals(kind)) {
                return Double.parseDouble(cols[5]);
            }
        }
        throw new AssertionError("no row for " + kind + " in\n" + table);
    }
}

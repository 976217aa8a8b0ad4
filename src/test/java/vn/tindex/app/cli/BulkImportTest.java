package vn.tindex.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.index.IndexedTexts;

/** Bulk imports as an analyst runs them: duplicates, bad lines, a report file, and a kill -9 half way. */
class BulkImportTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) read, (\\d+) imported, (\\d+) replaced, (\\d+) unchanged, (\\d+) duplicates");

    @TempDir
    Path work;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** read, imported, replaced, unchanged, duplicates of an import's summary line. */
    private static long[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), "no summary in: " + err);
        long[] counts = new long[5];
        for (int i = 0; i < 5; i++) {
            counts[i] = Long.parseLong(m.group(i + 1));
        }
        return counts;
    }

    private static List<String> indexedIds(Path index) throws IOException {
        List<String> ids = new ArrayList<>();
        IndexedTexts.forEach(index, (id, text) -> ids.add(id));
        return ids;
    }

    private static String line(String url, String text) {
        return "{\"url\":\"" + url + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void duplicatesAndBadLinesAreCountedAndReportedAndAReimportSkipsWhatItHas() throws IOException {
        String a = "Sáng 5/3/2021, UBND tỉnh Hà Tĩnh họp phiên thường kỳ tháng 3.";
        String b = "Chiều 6/3/2021, Sở Xây dựng tỉnh Hà Tĩnh làm việc với các huyện.";
        Path dump = Files.writeString(work.resolve("dump.jsonl"),
                line("https://hatinh.gov.vn/a", a)
                        + line("https://hatinh.gov.vn/b", b)
                        + "{\"url\": [1], \"text\": \"x\"}\n"
                        + line("https://hatinh.gov.vn/a#binh-luan", "Bản khác của cùng địa chỉ.")
                        + line("https://baohatinh.vn/copy", "SÁNG 5/3/2021 - UBND tỉnh Hà Tĩnh họp phiên thường kỳ"
                                + " tháng 3")
                        + "{oops\n");
        Path index = work.resolve("index");
        CliRun first = run("import", dump.toString(), "--index", index.toString(), "--progress", "none");
        assertEquals(Main.SOME_INPUTS_FAILED, first.code(), first.err());
        assertTrue(first.err().contains("tindex: skipped " + dump + ":3: field 'url' must be a string"), first.err());
        assertTrue(first.err().contains(dump + ":6: invalid JSON"), first.err());
        assertFalse(first.err().contains("\tat "), first.err());
        long[] counts = summary(first.err());
        assertEquals(4, counts[0], "read");
        assertEquals(2, counts[1], "imported");
        assertEquals(2, counts[4], "duplicates: one by URL, one by text");
        assertTrue(first.err().contains("2 failed"), first.err());
        List<String> report = Files.readAllLines(index.resolve("import-report.tsv"));
        assertEquals(5, report.size(), "header, two failures, two duplicates: " + report);
        assertTrue(report.stream().anyMatch(l -> l.startsWith(dump + ":4\tduplicate")), report.toString());
        assertEquals(2, indexedIds(index).size());

        Files.writeString(dump, line("https://hatinh.gov.vn/b", b + " Cập nhật.") + line("https://hatinh.gov.vn/a", a),
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        CliRun again = run("import", dump.toString(), "--index", index.toString(), "--progress", "none");
        assertEquals(0, again.code(), again.err());
        long[] second = summary(again.err());
        assertEquals(1, second[2], "replaced");
        assertEquals(1, second[3], "unchanged");
        assertEquals(2, indexedIds(index).size());
    }

    /**
     * The acceptance test of resuming: an import in a child JVM is killed (kill -9) after its first commit; a second
     * import of the same inputs keeps what was committed, adds the rest, and the index holds each article once.
     */
    @Test
    void anImportKilledHalfWayFinishesWhenRunAgainWithEveryArticleOnce() throws Exception {
        Path index = work.resolve("killed");
        Path in = Files.createDirectories(work.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path file : files.sorted().limit(24).toList()) {
                Files.copy(file, in.resolve(file.getFileName()));
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import",
                in.toString(), "--index", index.toString(), "--threads", "2", "--commit-every", "6",
                "--progress", "none");
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (commits(index) < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(child.isAlive(), "the import ended before it could be killed: "
                + Files.readString(work.resolve("child.log")));
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, child.exitValue());

        List<String> committed = indexedIds(index);
        assertTrue(committed.size() >= 6 && committed.size() < 24, "committed before the kill: " + committed.size());

        CliRun resumed = run("import", in.toString(), "--index", index.toString(), "--progress", "none");
        assertEquals(0, resumed.code(), resumed.err());
        long[] counts = summary(resumed.err());
        assertEquals(committed.size(), counts[3], "what was committed is skipped unchanged: " + resumed.err());
        List<String> ids = indexedIds(index);
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size(), "an article twice in the index");
        assertTrue(distinct.containsAll(committed), "a committed article was lost");
        assertEquals(counts[0] - counts[4], ids.size(), "every article read, less duplicates, is in the index once");
        assertEquals(counts[3] + counts[1], ids.size());
    }

    /** The generation of the last commit of a Lucene index folder (segments_N, N in base 36), 0 for none. */
    private static long commits(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(0);
        }
    }
}

package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.model.Issue;

/** Listing input files on a Hadoop file system and reading them with the product's readers, outside Spark. */
class InputReadingTest {
    @TempDir
    Path dir;

    private final HadoopConf conf = new HadoopConf(new Configuration());

    @Test
    void foldersAreWalkedInOrderAndOnlyKnownKindsKept() throws IOException {
        Files.createDirectories(dir.resolve("b/_temporary"));
        Files.writeString(dir.resolve("b/2.jsonl"), "{}");
        Files.writeString(dir.resolve("b/_temporary/x.jsonl"), "{}");
        Files.writeString(dir.resolve("b/.2.jsonl.crc"), "x");
        Files.writeString(dir.resolve("b/_SUCCESS"), "");
        Files.writeString(dir.resolve("a.warc.gz"), "x");
        Files.writeString(dir.resolve("notes.pdf"), "x");
        InputListing listing = InputListing.of(List.of(dir.toString(), dir.resolve("notes.pdf").toString(),
                dir.resolve("missing").toString()), conf);
        List<String> names = listing.files().stream().map(f -> Path.of(f.path().replace("file:", "")).getFileName()
                .toString()).toList();
        assertEquals(List.of("a.warc.gz", "2.jsonl"), names);
        assertEquals(List.of(0, 1), listing.files().stream().map(InputListing.InputFile::index).toList());
        List<String> reasons = listing.issues().stream().map(Issue::toString).toList();
        assertTrue(reasons.get(0).endsWith("notes.pdf: unsupported file type: expected .jsonl, .jsonl.gz, .warc,"
                + " .warc.gz, .html, .htm or .txt"), reasons.toString());
        assertTrue(reasons.get(1).endsWith("missing: no such file or folder"), reasons.toString());
    }

    @Test
    void articlesAndBadLinesComeInOrderNamedByTheirHadoopPath() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "{\"url\":\"https://example.gov.vn/a\",\"text\":\"Sáng 5/3/2021,"
                + " UBND tỉnh Hà Tĩnh họp thường kỳ.\"}\n{not json\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "");
        InputListing listing = InputListing.of(List.of(dir.toUri().toString()), conf);
        List<Outcome> items = new ArrayList<>();
        Iterator<Outcome> it = FileReading.of(listing.files().iterator(), conf);
        it.forEachRemaining(items::add);
        assertEquals(3, items.size());
        assertTrue(items.get(0).is(Outcome.Kind.ISSUE));
        assertTrue(items.get(0).input.startsWith("file:/") && items.get(0).input.endsWith("empty.txt"),
                items.get(0).input);
        assertTrue(items.get(1).is(Outcome.Kind.ARTICLE));
        assertEquals("https://example.gov.vn/a", items.get(1).article.article().url());
        assertTrue(items.get(1).article.input().endsWith("in.jsonl:1"), items.get(1).article.input());
        assertTrue(items.get(2).input.endsWith("in.jsonl:2"), items.get(2).input);
        assertEquals("invalid JSON", items.get(2).reasonKind());
        assertTrue(items.get(1).before(items.get(2)) && items.get(0).before(items.get(1)), "input order");
    }

    @Test
    void aLocalCopyIsNamedAsTheRemoteFile() {
        assertEquals("hdfs://nn/a.warc.gz@123 http://x", FileReading.rename("/tmp/c/a.warc.gz@123 http://x",
                "/tmp/c/a.warc.gz", "hdfs://nn/a.warc.gz"));
        assertEquals("other", FileReading.rename("other", "/tmp/c/a.warc.gz", "hdfs://nn/a.warc.gz"));
    }
}

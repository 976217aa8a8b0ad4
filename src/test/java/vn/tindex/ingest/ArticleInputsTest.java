package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

class ArticleInputsTest {
    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private void read(ArticleInputs inputs, String... paths) {
        inputs.read(List.of(paths), articles::add, issues::add);
    }

    private Map<String, String> issueMap() {
        Map<String, String> map = new LinkedHashMap<>();
        issues.forEach(i -> map.put(i.input(), i.reason()));
        return map;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.write(path, bytes);
    }

    @Test
    void folderWithGoodAndBadInputs() throws IOException {
        Path folder = dir.resolve("corpus");
        write("corpus/a-good.html", Fixtures.bytes("pages/wordpress.html"));
        write("corpus/b-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 1, 2, 3, (byte) 0xFF, 0});
        write("corpus/c-empty.txt", new byte[0]);
        write("corpus/d-nobody.html", Fixtures.bytes("pages/no-body.html"));
        write("corpus/e-lines.jsonl", ("{\"url\":\"https://a.vn/1\",\"text\":\"Bài một.\"}\n{\"url\": 5}\n"
                + "{\"text\":\"Bài hai.\"}\n").getBytes(StandardCharsets.UTF_8));
        write("corpus/sub/f-good.txt", Fixtures.bytes("text/seed-like.txt"));
        write("corpus/g-image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write("corpus/h-blank.htm", "  \n\t\n".getBytes(StandardCharsets.UTF_8));

        read(new ArticleInputs(InputStream.nullInputStream(), ArticleInputs.MAX_FILE_BYTES), folder.toString());

        String base = folder.toString();
        assertEquals(List.of(base + "/a-good.html", base + "/e-lines.jsonl:1", base + "/e-lines.jsonl:3",
                base + "/sub/f-good.txt"), articles.stream().map(Article::source).toList(), "sorted, recursive");
        assertEquals("Xã Tân Lập hoàn thành tiêm chủng mở rộng đợt 1", articles.get(0).title());
        assertEquals("https://a.vn/1", articles.get(1).url());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(base + "/b-binary.txt", "binary file, not text");
        expected.put(base + "/c-empty.txt", "empty file");
        expected.put(base + "/d-nobody.html", HtmlArticleReader.NO_TEXT);
        expected.put(base + "/e-lines.jsonl:2", "field 'url' must be a string, not number");
        expected.put(base + "/h-blank.htm", "empty file");
        assertEquals(expected, issueMap(), "the .png inside the folder is skipped silently");
    }

    @Test
    void explicitInputsThatCannotBeRead() throws IOException {
        Path pdf = write("notes.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        Path big = write("big.txt", "Một đoạn văn bản dài. ".repeat(20).getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("missing.html");

        read(new ArticleInputs(InputStream.nullInputStream(), 100), pdf.toString(), missing.toString(),
                big.toString());

        assertTrue(articles.isEmpty());
        assertEquals("unsupported file type: expected .html, .htm, .txt, .jsonl, .jsonl.gz, .warc or .warc.gz",
                issueMap().get(pdf.toString()));
        assertEquals("no such file or folder", issueMap().get(missing.toString()));
        assertTrue(issueMap().get(big.toString()).startsWith("file too large"), issueMap().toString());
    }

    @Test
    void gzippedJsonLines() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"url\":\"https://a.vn/9\",\"text\":\"Bài nén.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = write("dump.jsonl.gz", gz.toByteArray());
        read(new ArticleInputs(InputStream.nullInputStream(), ArticleInputs.MAX_FILE_BYTES), file.toString());
        assertEquals(List.of(), issues);
        assertEquals("Bài nén.", articles.get(0).text());
        assertEquals(file + ":1", articles.get(0).source());
    }

    @Test
    void stdinAsJsonLines() {
        byte[] in = "\n  {\"url\":\"https://a.vn/1\",\"text\":\"Bài một.\"}\n{oops\n".getBytes(StandardCharsets.UTF_8);
        read(new ArticleInputs(new ByteArrayInputStream(in), ArticleInputs.MAX_FILE_BYTES), ArticleInputs.STDIN);
        assertEquals("Bài một.", articles.get(0).text());
        assertEquals("<stdin>:2", articles.get(0).source());
        assertEquals("<stdin>:3", issues.get(0).input());
    }

    @Test
    void stdinAsText() {
        byte[] in = "Sáng nay, UBND tỉnh họp.\n\u00A0\nChiều nay, đoàn đi kiểm tra.".getBytes(StandardCharsets.UTF_8);
        read(new ArticleInputs(new ByteArrayInputStream(in), ArticleInputs.MAX_FILE_BYTES), ArticleInputs.STDIN);
        assertEquals("Sáng nay, UBND tỉnh họp.\n\nChiều nay, đoàn đi kiểm tra.", articles.get(0).text());
        assertEquals("<stdin>", articles.get(0).source());
    }

    @Test
    void strictWithCallers() {
        ArticleInputs inputs = new ArticleInputs(InputStream.nullInputStream(), 10);
        assertThrows(IllegalArgumentException.class, () -> inputs.read(null, a -> {}, i -> {}));
        assertThrows(IllegalArgumentException.class, () -> inputs.read(List.of(""), a -> {}, i -> {}));
        assertThrows(IllegalArgumentException.class, () -> new ArticleInputs(InputStream.nullInputStream(), 0));
    }
}

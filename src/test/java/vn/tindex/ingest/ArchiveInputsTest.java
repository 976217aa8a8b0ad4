package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/** JSON Lines archives (plain and gzip, whole and cut off), charsets pages get wrong, and progress in bytes. */
class ArchiveInputsTest {
    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private static String line(int i) {
        return "{\"url\":\"https://hatinh.gov.vn/" + i + "\",\"text\":\"Sáng " + (i % 28 + 1)
                + "/3/2021, UBND tỉnh Hà Tĩnh họp thường kỳ lần " + i + ".\"}\n";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void jsonLinesWithBadLinesGiveTheGoodOnesAndNameTheBad() throws IOException {
        String lines = line(1) + "{\"url\": 5, \"text\": \"x\"}\n" + "{not json\n" + line(2)
                + "{\"url\":\"https://hatinh.gov.vn/n\",\"text\":\"Ngày 7/3/2021 họp.\",\"published\":"
                + "123456789012345678901234567890}\n" + "[1,2]\n" + "\n" + line(3);
        Path file = Files.writeString(dir.resolve("dump.jsonl"), lines);
        Path gz = Files.write(dir.resolve("dump.jsonl.gz"), gzip(lines));
        ArticleInputs inputs = new ArticleInputs();
        inputs.read(List.of(file.toString(), gz.toString()), articles::add, issues::add);
        assertEquals(6, articles.size());
        assertEquals(List.of(file + ":2", file + ":3", file + ":5", file + ":6", gz + ":2", gz + ":3", gz + ":5",
                gz + ":6"), issues.stream().map(Issue::input).toList());
        assertEquals(Files.size(file) + Files.size(gz), inputs.bytesDone());
        assertEquals(inputs.bytesDone(), ArticleInputs.totalBytes(List.of(dir.toString())));
    }

    @Test
    void aGzipCutOffKeepsTheLinesBeforeTheCut() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(line(i));
        }
        byte[] whole = gzip(text.toString());
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        new ArticleInputs().read(List.of(cut.toString()), articles::add, issues::add);
        assertTrue(articles.size() > 50 && articles.size() < 400, "lines before the cut: " + articles.size());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(cut.toString(), issues.get(0).input());
        assertTrue(issues.get(0).reason().startsWith("broken gzip"), issues.toString());
    }

    @Test
    void aConsumerMayStopTheReading() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line(1) + line(2) + line(3));
        Executable stop = () -> new ArticleInputs().read(List.of(dir.toString()), a -> {
            throw new CancellationException("enough");
        }, issues::add);
        assertNotNull(org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class, stop));
        assertEquals(List.of(), issues);
    }

    @Test
    void utf8PagesAreReadAsUtf8WhateverTheyDeclare() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Sáng 15/10/2020, Sở Xây"
                + " dựng tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm.</p></article></body></html>";
        ReadResult read = new HtmlArticleReader().read(html.getBytes(StandardCharsets.UTF_8), "windows-1252",
                "https://langson.gov.vn/a", "a.html");
        assertTrue(read.article().text().startsWith("Sáng 15/10/2020, Sở Xây dựng"), read.article().text());
    }

    @Test
    void aUtf8TextWithAFewBrokenBytesKeepsItsGoodText() throws IOException {
        byte[] good = "Ngày 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn họp. ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 4);
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28}, 0, bytes, good.length, 4);
        Path file = Files.write(dir.resolve("broken.txt"), bytes);
        new ArticleInputs().read(List.of(file.toString()), articles::add, issues::add);
        assertTrue(articles.get(0).text().startsWith("Ngày 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn"),
                articles.get(0).text());
    }

    @Test
    void legacyVietnameseIsStillWindows1258() {
        byte[] legacy = Fixtures.windows1258("Sáng 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn tổ chức hội nghị.");
        assertTrue(!TextBytes.mostlyUtf8(legacy));
        assertTrue(TextBytes.decode(legacy).startsWith("Sáng 15/10/2020, Sở Xây dựng"));
    }

    @Test
    void htmlNested50000DeepIsReadQuickly() {
        String deep = "<html><body>" + "<div>".repeat(50_000) + "<p>Sáng 5/3/2021, UBND tỉnh Hà Tĩnh họp thường kỳ"
                + " tháng 3 năm 2021.</p>" + "</div>".repeat(50_000) + "</body></html>";
        long start = System.nanoTime();
        ReadResult read = new HtmlArticleReader().read(deep.getBytes(StandardCharsets.UTF_8), null, "deep.html");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(read.article().text().contains("UBND tỉnh Hà Tĩnh"), read.toString());
        assertTrue(seconds < 10, "took " + seconds + " s");
    }
}

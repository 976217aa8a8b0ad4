package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/** WARC files as archives hand them over: whole, cut off at the end, with a broken gzip member, with bad pages. */
class WarcArticleReaderTest {
    private static final Instant CRAWLED = Instant.parse("2024-03-01T20:00:00Z"); // 2 March in Vietnam

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private static String page(int i) {
        return "<html><head><meta charset=\"utf-8\"><title>Bài " + i + "</title></head><body><article><h1>Hội nghị"
                + " số " + i + "</h1><p>Sáng " + (i + 1) + "/10/2020, Sở Xây dựng tỉnh Lạng Sơn tổ chức hội nghị"
                + " triển khai nhiệm vụ trọng tâm số " + i + ". Đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh"
                + " dự và chỉ đạo hội nghị.</p><p>Hội nghị đã thảo luận và thống nhất các giải pháp.</p></article>"
                + "</body></html>";
    }

    private record Record(String uri, int status, String type, byte[] body) {}

    private static Record html(int i) {
        return new Record("https://langson.gov.vn/tin/" + i + ".html", 200, "text/html; charset=utf-8",
                page(i).getBytes(StandardCharsets.UTF_8));
    }

    private Path warc(String name, WarcCompression compression, List<Record> records) throws IOException {
        Path path = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (Record r : records) {
                HttpResponse http = new HttpResponse.Builder(r.status(), "X")
                        .body(MediaType.parseLeniently(r.type()), r.body()).build();
                writer.write(new WarcResponse.Builder(URI.create(r.uri())).date(CRAWLED).body(http).build());
            }
        }
        return path;
    }

    private void read(Path... paths) {
        List<String> names = Arrays.stream(paths).map(Path::toString).toList();
        new ArticleInputs(System.in, 100_000).read(names, articles::add, issues::add);
    }

    private List<String> urls() {
        return articles.stream().map(Article::url).toList();
    }

    @Test
    void readsHtmlResponsesWithTheirTargetUriAndDate() throws IOException {
        Path path = warc("crawl.warc.gz", WarcCompression.GZIP, List.of(html(0),
                new Record("https://langson.gov.vn/robots.txt", 200, "text/plain", "User-agent: *".getBytes()),
                new Record("https://langson.gov.vn/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N'}),
                new Record("https://langson.gov.vn/gone.html", 404, "text/html", "<p>not found</p>".getBytes()),
                html(1)));
        read(path);
        assertEquals(List.of(), issues);
        assertEquals(List.of("https://langson.gov.vn/tin/0.html", "https://langson.gov.vn/tin/1.html"), urls());
        Article first = articles.get(0);
        assertEquals(ArticleIds.of("https://langson.gov.vn/tin/0.html", null), first.id());
        assertEquals("2024-03-02", first.published(), "the record's date stands in for a page without one");
        assertTrue(first.text().contains("Sở Xây dựng tỉnh Lạng Sơn"), first.text());
        assertTrue(first.source().startsWith(path + "@0"), first.source());
    }

    @Test
    void aTruncatedLastRecordIsReportedAndTheOthersRead() throws IOException {
        Path whole = warc("whole.warc.gz", WarcCompression.GZIP, List.of(html(0), html(1), html(2)));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 100));
        Path plain = warc("plain.warc", WarcCompression.NONE, List.of(html(0), html(1), html(2)));
        byte[] raw = Files.readAllBytes(plain);
        Path plainCut = Files.write(dir.resolve("plain-cut.warc"), Arrays.copyOf(raw, raw.length - 300));
        read(cut, plainCut);
        assertEquals(4, articles.size(), urls().toString());
        assertEquals(2, issues.size(), issues.toString());
        assertTrue(issues.get(0).input().startsWith(cut + "@"), issues.toString());
        assertTrue(issues.get(1).input().startsWith(plainCut + "@"), issues.toString());
        for (Issue issue : issues) {
            assertTrue(issue.reason().contains("truncated WARC record"), issue.toString());
        }
    }

    @Test
    void aGzipMemberCutOffInTheMiddleCostsOnlyItsRecord() throws IOException {
        Path whole = warc("whole.warc.gz", WarcCompression.GZIP, List.of(html(0), html(1), html(2), html(3)));
        byte[] bytes = Files.readAllBytes(whole);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0x1F && (bytes[i + 1] & 0xFF) == 0x8B && bytes[i + 2] == 8) {
                members.add(i);
            }
        }
        assertEquals(4, members.size());
        // the second member loses its last 40 bytes: the third begins right after what is left of it
        int end = members.get(2);
        byte[] broken = new byte[bytes.length - 40];
        System.arraycopy(bytes, 0, broken, 0, end - 40);
        System.arraycopy(bytes, end, broken, end - 40, bytes.length - end);
        Path path = Files.write(dir.resolve("broken.warc.gz"), broken);
        read(path);
        assertEquals(List.of("https://langson.gov.vn/tin/0.html", "https://langson.gov.vn/tin/2.html",
                "https://langson.gov.vn/tin/3.html"), urls());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(path + "@" + members.get(1), issues.get(0).input());
    }

    @Test
    void badPagesAreIssuesAndTheFileGoesOn() throws IOException {
        byte[] legacy = ("<html><head><meta charset=\"tcvn3\"></head><body><p>" + "\u00b5\u00b8\u00b6".repeat(40)
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        Path path = warc("bad.warc", WarcCompression.NONE, List.of(
                new Record("https://a.gov.vn/big.html", 200, "text/html", ("<p>" + "x".repeat(200_000) + "</p>")
                        .getBytes(StandardCharsets.UTF_8)),
                new Record("https://a.gov.vn/legacy.html", 200, "text/html", legacy),
                new Record("https://a.gov.vn/menu.html", 200, "text/html", "<ul><li>Trang chủ</li></ul>".getBytes()),
                html(7)));
        read(path);
        assertEquals(List.of("https://langson.gov.vn/tin/7.html"), urls(), "a page with no article text is passed over");
        assertEquals(2, issues.size(), issues.toString());
        assertTrue(issues.get(0).reason().startsWith("page too large"), issues.toString());
        assertTrue(issues.get(0).input().endsWith("https://a.gov.vn/big.html"), issues.toString());
        assertEquals("unknown encoding 'tcvn3'", issues.get(1).reason());
    }

    @Test
    void notAWarcFileIsOneIssue() throws IOException {
        Path path = Files.writeString(dir.resolve("notes.warc"), "these are notes, not a web archive\n");
        read(path);
        assertEquals(List.of(), articles);
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).reason().startsWith("not a WARC file"), issues.toString());
    }
}

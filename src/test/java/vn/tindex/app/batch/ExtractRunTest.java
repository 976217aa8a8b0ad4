package vn.tindex.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;

/** Parallel extraction keeps the input order, and a bad line costs only itself. */
class ExtractRunTest {
    @TempDir
    Path dir;

    @Test
    void recordsComeOutInInputOrderFromTwoThreads() throws IOException {
        StringBuilder lines = new StringBuilder();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String url = "https://hatinh.gov.vn/" + i;
            urls.add(url);
            // every third article is much longer, so that workers finish out of order
            String text = "Sáng " + (i % 28 + 1) + "/3/2021, UBND tỉnh Hà Tĩnh họp phiên thường kỳ lần " + i + ". "
                    + (i % 3 == 0 ? "Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chỉ đạo các sở ngành. ".repeat(40) : "");
            lines.append("{\"url\":\"").append(url).append("\",\"text\":\"").append(text).append("\"}\n");
            if (i == 10) {
                lines.append("{\"url\": 1}\n");
            }
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
        BatchOptions options = new BatchOptions(2, 1, Duration.ofSeconds(30), false, null, Progress.Mode.NONE,
                Duration.ofSeconds(10), Duration.ofSeconds(60));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        BatchStats stats = new ExtractRun(options, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(file.toString()), out);
        List<String> got = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            got.add(RecordJson.mapper().readTree(line).get("url").asText());
        }
        assertEquals(urls, got);
        assertEquals(24, stats.extracted());
        assertEquals(1, stats.failed());
        assertEquals(24, stats.read());
    }
}

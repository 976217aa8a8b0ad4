package vn.tindex.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;

/**
 * Hostile inputs beside good ones, extracted by a child JVM with -Xmx512m as the acceptance asks: it must finish,
 * print no stack trace, name each input it could not read, and still give every good record.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    private void hostileFolder(Path in) throws IOException {
        Files.createDirectories(in);
        for (String name : List.of("000_e0d662cfddb07dc5.txt", "001_caobang_nnptnt.html", "053_yenthanh_trienkhai2016.jsonl")) {
            Files.copy(Path.of("corpus/articles", name), in.resolve("good-" + name));
        }
        String p = "<p>Sáng 5/3/2021, UBND tỉnh Hà Tĩnh họp thường kỳ tháng 3 năm 2021.</p>";
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(50_000) + p
                + "</div>".repeat(50_000) + "</body></html>");
        String sentence = "Ngày 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn tổ chức hội nghị. ";
        Files.writeString(in.resolve("long.txt"), sentence.repeat(6 * 1024 * 1024 / sentence.length() + 1));
        Files.write(in.resolve("nul.txt"), "Ngày 15/10/2020 họp.\0\0 tiếp".getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = "Ngày 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn họp bàn kế hoạch năm. ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 3);
        broken[utf8.length] = (byte) 0xFF;
        broken[utf8.length + 1] = (byte) 0xC3;
        broken[utf8.length + 2] = 0x28;
        Files.write(in.resolve("invalid-utf8.txt"), broken);
        Files.write(in.resolve("wrong-charset.html"), ("<html><head><meta charset=\"iso-8859-1\"></head><body>"
                + "<article><h1>Hội nghị tổng kết</h1><p>" + "Sáng 15/10/2020, Sở Xây dựng tỉnh Lạng Sơn tổ chức"
                + " hội nghị tổng kết công tác năm. ".repeat(4) + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] random = new byte[20_000];
        new Random(3).nextBytes(random);
        Files.write(in.resolve("random.html"), random);
        Files.writeString(in.resolve("lines.jsonl"), String.join("\n",
                "{\"url\":\"https://hatinh.gov.vn/good\",\"text\":\"Sáng 5/3/2021, UBND tỉnh Hà Tĩnh họp thường kỳ.\"}",
                "{\"url\":123,\"text\":\"x\"}",
                "{\"url\":\"https://hatinh.gov.vn/" + "a".repeat(10_000) + "\",\"text\":\"Chiều 6/3/2021, Sở Xây dựng"
                        + " tỉnh Hà Tĩnh làm việc.\"}",
                "{\"url\":\"https://hatinh.gov.vn/n\",\"text\":\"Ngày 7/3/2021 họp.\",\"published\":"
                        + "123456789012345678901234567890}",
                "{\"url\":\"https://hatinh.gov.vn/t\",\"text\":[\"not\",\"a\",\"string\"]}",
                "{broken json") + "\n");
        Files.writeString(in.resolve("impossible.txt"), "Ngày 31/02/2021, quý V năm 2021 và tháng 13/2021, UBND"
                + " tỉnh Hà Tĩnh giao 99999999999999999999 nhiệm vụ, hoàn thành 18446744073709551616 nhiệm vụ.");
        Files.writeString(in.resolve("official-3000.txt"),
                "Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Lạng Sơn phát biểu chỉ đạo. ".repeat(3000));
    }

    @Test
    void extractWithHalfAGigabyteNamesTheBadAndYieldsTheGood() throws Exception {
        Path in = dir.resolve("in");
        hostileFolder(in);
        Path out = dir.resolve("records.jsonl");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract",
                in.toString(), "-o", out.toString(), "--progress", "none");
        Path log = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES), "extract did not finish within 3 minutes");
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(Main.SOME_INPUTS_FAILED, child.exitValue(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        for (String bad : List.of("long.txt: text too long", "nul.txt: binary", "random.html: binary",
                "lines.jsonl:2:", "lines.jsonl:4:", "lines.jsonl:5:", "lines.jsonl:6:")) {
            assertTrue(err.contains(bad), "stderr should name " + bad + ": " + err);
        }
        List<String> sources = new ArrayList<>();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            records.add(RecordJson.mapper().readTree(line));
        }
        records.forEach(r -> sources.add(r.get("text").asText().substring(0, Math.min(40,
                r.get("text").asText().length()))));
        // 3 corpus articles, the deep page, invalid UTF-8, wrong charset, impossible dates, 3,000 officials,
        // and the two good JSON lines (one with a 10,000-character url)
        assertEquals(10, records.size(), sources.toString() + "\n" + err);
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("Ngày 15/10/2020, Sở Xây dựng tỉnh Lạng S")),
                "invalid UTF-8 keeps its good text: " + sources);
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("Sáng 15/10/2020, Sở Xây dựng tỉnh Lạng")),
                "a wrong declared charset does not garble the text: " + sources);
        assertTrue(records.stream().anyMatch(r -> r.get("url").asText("").length() > 10_000));
    }
}

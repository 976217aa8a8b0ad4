package vn.tindex.app.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Makes a benchmark archive from the corpus: copies of its articles with officials' names, numbers and dates varied
 * (dates stay valid: a day that does not exist in its month becomes the 28th), each at its own URL. HTML pages go
 * into a WARC file ({@code archive.warc.gz}), texts and JSON Lines records into {@code archive.jsonl.gz}, in the
 * corpus's own mix. Deterministic for a seed.
 */
public final class ArchiveGenerator {
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Đinh", "Trịnh", "Mai"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Trọng",
        "Xuân", "Công", "Hồng", "Thế", "Anh", "Tuấn"};
    private static final String[] GIVEN = {"Quỳnh", "Hùng", "Lan", "Dũng", "Hòa", "Tâm", "Thắng", "Hương", "Sơn",
        "Long", "Nam", "Hải", "Bình", "Khánh", "Phương", "Tùng", "Hiếu", "Thảo", "Cường", "Vinh", "Linh", "Trung"};
    /** A full name: a common surname and one to three capitalized syllables. */
    private static final Pattern NAME = Pattern.compile("\\b(?:" + String.join("|", SURNAMES)
            + ")(?: \\p{Lu}\\p{Ll}*){1,3}\\b");
    /** dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy; "ngày d tháng m năm y"; or a number. */
    private static final Pattern DATE_OR_NUMBER = Pattern.compile(
            "\\b(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})\\b"
                    + "|\\b(ngày )(\\d{1,2})( tháng )(\\d{1,2})( năm )((?:19|20)\\d{2})\\b"
                    + "|\\b((?:19|20)\\d{2})\\b"
                    + "|(?<![\\d/.,#&x-])(\\d{1,3})(?![\\d/.,-]\\d|;)");

    private final ObjectMapper json = new ObjectMapper();
    private final List<Base> bases = new ArrayList<>();

    /** One corpus article as written: a page, a text, or a JSON Lines record. */
    private record Base(String kind, String content, String name) {}

    /** What was written: the two files and how many articles each holds. */
    public record Archive(Path warc, Path jsonl, int pages, int records) {
        public List<String> inputs() {
            return List.of(warc.toString(), jsonl.toString());
        }

        public int articles() {
            return pages + records;
        }
    }

    /** Reads the articles of a corpus folder (.html, .txt, .jsonl). */
    public ArchiveGenerator(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus folder at " + corpus);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                bases.add(new Base("html", Files.readString(file, StandardCharsets.UTF_8), name));
            } else if (lower.endsWith(".txt")) {
                bases.add(new Base("text", Files.readString(file, StandardCharsets.UTF_8), name));
            } else if (lower.endsWith(".jsonl")) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        bases.add(new Base("json", line, name));
                    }
                }
            }
        }
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no .html, .txt or .jsonl articles in " + corpus);
        }
    }

    /** Writes {@code count} varied articles into {@code dir}. */
    public Archive write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Path warcPath = dir.resolve("archive.warc.gz");
        Path jsonlPath = dir.resolve("archive.jsonl.gz");
        int pages = 0;
        int records = 0;
        try (WarcWriter warc = new WarcWriter(FileChannel.open(warcPath, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
             Writer jsonl = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                     Files.newOutputStream(jsonlPath), 1 << 16), StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                Base base = bases.get(i % bases.size());
                Random random = new Random(seed * 1_000_003L + i);
                Variation v = new Variation(random);
                String url = "https://bench-" + (i % 97) + ".tindex.invalid/tin-tuc/" + i + "-"
                        + base.name().replaceAll("\\.[a-z]+$", "") + ".html";
                switch (base.kind()) {
                    case "html" -> {
                        byte[] body = v.apply(base.content()).getBytes(StandardCharsets.UTF_8);
                        HttpResponse http = new HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                        warc.write(new WarcResponse.Builder(URI.create(url))
                                .date(Instant.parse("2025-06-01T03:00:00Z").plusSeconds(i)).body(http).build());
                        pages++;
                    }
                    case "text" -> {
                        ObjectNode node = json.createObjectNode();
                        node.put("url", url);
                        node.put("text", v.apply(base.content()));
                        jsonl.write(json.writeValueAsString(node));
                        jsonl.write('\n');
                        records++;
                    }
                    default -> {
                        JsonNode parsed = json.readTree(base.content());
                        if (!(parsed instanceof ObjectNode node)) {
                            continue;
                        }
                        for (String field : List.of("text", "html", "title")) {
                            if (node.hasNonNull(field) && node.get(field).isTextual()) {
                                node.put(field, v.apply(node.get(field).asText()));
                            }
                        }
                        node.put("url", url);
                        jsonl.write(json.writeValueAsString(node));
                        jsonl.write('\n');
                        records++;
                    }
                }
            }
        }
        return new Archive(warcPath, jsonlPath, pages, records);
    }

    /** The changes made to one copy: names swapped consistently, years shifted, days and numbers redrawn. */
    private static final class Variation {
        private final Random random;
        private final int yearShift;
        private final Map<String, String> names = new HashMap<>();

        Variation(Random random) {
            this.random = random;
            this.yearShift = random.nextInt(9) - 4;
        }

        String apply(String text) {
            Matcher n = NAME.matcher(text);
            StringBuilder named = new StringBuilder(text.length());
            while (n.find()) {
                n.appendReplacement(named, Matcher.quoteReplacement(names.computeIfAbsent(n.group(), k -> name())));
            }
            n.appendTail(named);
            Matcher m = DATE_OR_NUMBER.matcher(named);
            StringBuilder out = new StringBuilder(named.length());
            while (m.find()) {
                String replacement;
                if (m.group(1) != null) {
                    LocalDate d = date(m.group(1), m.group(3), m.group(4));
                    replacement = d.getDayOfMonth() + m.group(2) + d.getMonthValue() + m.group(2) + d.getYear();
                } else if (m.group(5) != null) {
                    LocalDate d = date(m.group(6), m.group(8), m.group(10));
                    replacement = m.group(5) + d.getDayOfMonth() + m.group(7) + d.getMonthValue() + m.group(9)
                            + d.getYear();
                } else if (m.group(11) != null) {
                    replacement = String.valueOf(Integer.parseInt(m.group(11)) + yearShift);
                } else {
                    replacement = number(m.group(12));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The day moved by up to 10 days either way (the month kept when it can be), the year shifted. */
        private LocalDate date(String day, String month, String year) {
            int y = Integer.parseInt(year) + yearShift;
            int mo = Math.max(1, Math.min(12, Integer.parseInt(month)));
            int d = Math.max(1, Math.min(28, Integer.parseInt(day) + random.nextInt(7) - 3));
            return LocalDate.of(y, mo, d);
        }

        /** Another number of the same number of digits (1 to 3), never 0 where there was none. */
        private String number(String digits) {
            int n = Integer.parseInt(digits);
            if (digits.length() == 1 || n <= 12) {
                return String.valueOf(Math.max(1, Math.min(n + random.nextInt(5) - 2, 9 * digits.length())));
            }
            int low = (int) Math.pow(10, digits.length() - 1);
            return String.valueOf(low + random.nextInt(low * 9));
        }

        private String name() {
            return randomName(random);
        }
    }

    /** A made-up official's name: a common surname, a middle name and a given name, drawn from {@code random}. */
    public static String randomName(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }
}

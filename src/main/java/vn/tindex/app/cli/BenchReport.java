package vn.tindex.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tindex.app.batch.AnnotatorProfile;
import vn.tindex.app.batch.ArchiveGenerator;
import vn.tindex.app.batch.ChildRun;

/** The "Bulk import" section of README.md that {@code tindex bench import} writes. */
final class BenchReport {
    static final String HEADING = "## Bulk import";

    private BenchReport() {}

    static String section(ArchiveGenerator.Archive archive, int read, long words, String heap,
                          List<ChildRun.Result> results, AnnotatorProfile.Result profile, int articles, long seed) {
        StringBuilder s = new StringBuilder();
        s.append(HEADING).append("\n\n");
        s.append("`java -jar target/tindex.jar bench import` (").append(String.format(Locale.ROOT, "%,d", articles))
                .append(" articles, seed ").append(seed).append(", ").append(LocalDate.now())
                .append(") generates an archive from `corpus/articles` (officials' names, numbers and dates varied;")
                .append(String.format(Locale.ROOT, " %,d HTML pages in a WARC file, %,d texts and records in JSON"
                        + " Lines; %,d words, %.0f a article)", archive.pages(), archive.records(), words,
                        (double) words / Math.max(1, read)).replace("a article", "an article"))
                .append(" and times `extract` and `import` on it, each in a fresh JVM with `-Xmx").append(heap)
                .append("`: the whole process (JVM start, rule loading, reading and parsing, extraction, indexing,")
                .append(" commits). CPU is user plus system time; cores used is CPU over wall (below the thread count when")
                .append(" other work shared the machine, and then articles per CPU-second is the figure to trust);")
                .append(" peak memory is the resident set's high-water mark.")
                .append(" The ratio compares each run with the same command on 1 thread, in the same run of the")
                .append(" benchmark.\n\n");
        s.append("| command | threads | wall | CPU | cores used | articles/s | words/s | articles per CPU-s | peak RSS"
                + " | vs 1 thread |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ChildRun.Result r : results) {
            ChildRun.Result base = results.stream().filter(b -> b.run().equals(r.run()) && b.threads() == 1)
                    .findFirst().orElse(null);
            String ratio = base == null ? "—" : base == r ? "1.00" : String.format(Locale.ROOT, "%.2f×",
                    r.articlesPerSecond() / base.articlesPerSecond());
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.1f s | %.2f | %.1f | %,.0f | %.1f | %d MB | %s |%n",
                    r.run(), r.threads(), r.seconds(), r.cpuSeconds(), r.cpuSeconds() / r.seconds(),
                    r.articlesPerSecond(), r.wordsPerSecond(),
                    r.articles() / Math.max(0.01, r.cpuSeconds()), r.peakRssKb() / 1024, ratio + (r.exitCode() == 0 ? "" : " (exit " + r.exitCode() + ")")));
        }
        results.stream().filter(r -> r.run().equals("import")).reduce((a, b) -> b).ifPresent(best -> {
            ChildRun.Result ex = results.stream().filter(r -> r.run().equals("extract")
                    && r.threads() == best.threads()).findFirst().orElse(null);
            s.append(String.format(Locale.ROOT, "%nImport on %d threads: %.1f articles/s with extraction and"
                    + " indexing, peak RSS %d MB", best.threads(), best.articlesPerSecond(), best.peakRssKb() / 1024));
            if (ex != null) {
                s.append(String.format(Locale.ROOT, "; in CPU time, indexing adds %.0f%% to extraction alone"
                                + " (%.1f ms an article)", 100 * (best.cpuSeconds() / ex.cpuSeconds() - 1),
                        1000 * (best.cpuSeconds() - ex.cpuSeconds()) / best.articles()));
            }
            s.append(".\n");
        });
        if (profile != null) {
            s.append(String.format(Locale.ROOT, "%nWhere extraction time goes (one thread, %d articles of the archive,"
                    + " after a warm-up pass): %.1f ms an article in all.%n%n", profile.articles(), profile.total()));
            s.append("| annotator | ms/article | share |\n|---|---:|---:|\n");
            for (Map.Entry<String, Double> e : profile.msPerArticle().entrySet()) {
                s.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f%% |%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / profile.total()));
            }
        }
        s.append("\nThe machine has 2 cores and other work may have run beside the benchmark: compare the ratios of")
                .append(" one run, and take single figures as ±15%.\n");
        return s.toString();
    }

    /**
     * Replaces the section in the README (from its heading to the next "## " heading), or adds it before the
     * License section (at the end when there is none).
     */
    static void writeSection(Path readme, String section) throws IOException {
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        int start = text.indexOf("\n" + HEADING + "\n");
        String updated;
        if (start < 0) {
            int license = text.indexOf("\n## License");
            updated = license < 0 ? text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + section
                    : text.substring(0, license + 1) + section + "\n" + text.substring(license + 1);
        } else {
            int end = text.indexOf("\n## ", start + HEADING.length() + 1);
            updated = text.substring(0, start + 1) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }
}

package vn.tindex.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.app.batch.AnnotatorProfile;
import vn.tindex.app.batch.ArchiveGenerator;
import vn.tindex.app.batch.ChildRun;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;

/**
 * {@code tindex bench import}: extraction and import throughput on a generated archive, each run a fresh JVM (the
 * whole process: start, rule loading, reading, extraction, indexing, commits), with 1 and 2 threads; the figures
 * and where extraction time goes (per annotator) are printed and written to README.md's "Bulk import" section.
 * Not a test: run it by hand.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Generate an archive of N articles from the corpus (names, numbers and dates varied; HTML pages"
                + " in a WARC file, texts and records in JSON Lines), then time `extract` and `import` on it in fresh"
                + " JVMs with 1 and 2 threads: articles/s, words/s, CPU time and peak memory, and the time of each"
                + " annotator. Writes the figures to README.md (section \"Bulk import\").")
final class ImportBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "20000", description = "articles to generate (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--corpus", defaultValue = "corpus/articles", description = "articles to vary (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--work", description = "folder for the archive, outputs and indexes (default: a temporary folder)")
    Path work;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "thread counts to time (default: ${DEFAULT-VALUE})")
    List<Integer> threads;

    @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of each run (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--runs", split = ",", defaultValue = "extract,import", description = "what to time (default: ${DEFAULT-VALUE})")
    List<String> runs;

    @Option(names = "--profile", defaultValue = "400", description = "articles for the per-annotator profile; 0: none (default: ${DEFAULT-VALUE})")
    int profile;

    @Option(names = "--readme", defaultValue = "README.md", description = "README to write the figures to (default: ${DEFAULT-VALUE})")
    Path readme;

    @Option(names = "--no-readme", description = "only print the figures")
    boolean noReadme;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--articles and --threads must be positive");
        }
        for (String run : runs) {
            if (!run.equals("extract") && !run.equals("import")) {
                throw new IllegalArgumentException("--runs takes extract and import, not '" + run + "'");
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = work != null ? work : Files.createTempDirectory("tindex-bench-import");
        long started = System.nanoTime();
        ArchiveGenerator.Archive archive = new ArchiveGenerator(corpus).write(dir, articles, seed);
        out.printf(Locale.ROOT, "archive: %d articles (%d pages in %s, %d records in %s), %.1f MB, made in %.1f s%n",
                archive.articles(), archive.pages(), archive.warc().getFileName(), archive.records(),
                archive.jsonl().getFileName(), (Files.size(archive.warc()) + Files.size(archive.jsonl())) / 1e6,
                (System.nanoTime() - started) / 1e9);
        long[] words = {0};
        List<Article> sample = new ArrayList<>();
        int[] read = {0};
        new ArticleInputs().read(archive.inputs(), a -> {
            read[0]++;
            words[0] += ChildRun.words(a.text());
            if (sample.size() < profile) {
                sample.add(a);
            }
        }, issue -> { });
        out.printf(Locale.ROOT, "articles read: %d, %d words (%.0f words/article)%n", read[0], words[0],
                (double) words[0] / Math.max(1, read[0]));

        List<ChildRun.Result> results = new ArrayList<>();
        for (String run : runs) {
            for (int t : threads) {
                ChildRun.Result r = ChildRun.time(run, t, heap, archive.inputs(), dir, read[0], words[0]);
                results.add(r);
                out.println(r.line());
            }
        }
        AnnotatorProfile.Result profiled = sample.isEmpty() ? null : AnnotatorProfile.run(sample);
        if (profiled != null) {
            out.println(profiled.line());
        }
        String section = BenchReport.section(archive, read[0], words[0], heap, results, profiled, articles, seed);
        out.println();
        out.print(section);
        if (!noReadme) {
            BenchReport.writeSection(readme, section);
            out.println("written to " + readme + " (section \"Bulk import\", " + LocalDate.now() + ")");
        }
        return results.stream().allMatch(r -> r.exitCode() == 0) ? 0 : 1;
    }
}

package vn.tindex.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.app.batch.BatchStats;
import vn.tindex.app.batch.ImportRun;
import vn.tindex.ingest.crawl.Crawler;

/** {@code tindex crawl URL...}: a polite crawl of a portal into a WARC file, then an import of that file. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl a portal politely (robots.txt obeyed, one request at a time with a delay, same-site links"
                + " and sitemaps only, retries with backoff), write what was fetched to a WARC file, then import its"
                + " article pages. Exit code 3 when some pages could not be fetched or read.")
final class CrawlCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL", description = "where to start (http or https)")
    List<String> urls;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "100",
            description = "fetch at most N pages (robots.txt and sitemaps not counted; default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "wait MS milliseconds between two requests to a host, or the site's Crawl-delay if longer"
                    + " (default: ${DEFAULT-VALUE})")
    long delayMs;

    @Option(names = "--warc", paramLabel = "FILE",
            description = "the WARC file to write (default: INDEX/crawls/crawl-DATE.warc.gz)")
    Path warc;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "tindex-data",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--no-import", description = "only crawl and write the WARC file")
    boolean noImport;

    @Mixin
    BatchFlags flags;

    @Override
    public Integer call() throws IOException {
        if (delayMs < 0) {
            throw new IllegalArgumentException("--delay must not be negative, not " + delayMs);
        }
        Path file = warc != null ? warc : index.resolve("crawls").resolve("crawl-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".warc.gz");
        Crawler crawler = new Crawler(Crawler.Options.of(maxPages, Duration.ofMillis(delayMs)),
                issue -> System.err.println("tindex: skipped " + issue),
                message -> System.err.println("tindex: " + message));
        Crawler.Result result = crawler.crawl(urls, file);
        System.err.printf("tindex: crawled %d pages in %d requests (%d disallowed by robots.txt, %d not found,"
                        + " %d failed) into %s%n", result.pages(), result.requests(), result.skippedByRobots(),
                result.clientErrors(), result.issues().size(), file);
        if (noImport) {
            return result.issues().isEmpty() ? 0 : Main.SOME_INPUTS_FAILED;
        }
        BatchStats stats = new ImportRun(flags.options(index.resolve("import-report.tsv"), 1000, false), System.err)
                .run(List.of(file.toString()), index);
        return stats.failed() > 0 || !result.issues().isEmpty() ? Main.SOME_INPUTS_FAILED : 0;
    }
}

package vn.tindex.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.extract.Extractor;
import vn.tindex.index.ArticleIndex;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.SearchRequest;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;

/** {@code tindex bench search}: query latency on a large generated index. Not a test: run it by hand. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchCommand.Search.class, BenchSegmentCommand.class})
final class BenchCommand {
    /** Builds (or reuses) an index of N articles varied from the corpus, then times faceted searches. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Index N articles generated from the corpus (names, provinces, agencies and dates varied),"
                    + " then time faceted searches (all facets, timeline, 10 hits with snippets and facts) and fact"
                    + " searches; prints p50/p95/p99.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "100000", description = "articles to index (default: ${DEFAULT-VALUE})")
        int articles;

        @Option(names = "--queries", defaultValue = "400", description = "timed queries per kind (default: ${DEFAULT-VALUE})")
        int queries;

        @Option(names = "--warmup", defaultValue = "200", description = "untimed queries first (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--corpus", defaultValue = "corpus/articles", description = "articles to vary (default: ${DEFAULT-VALUE})")
        String corpus;

        @Option(names = "--index", description = "index folder; reused when it already holds the articles (default: a temporary folder)")
        Path index;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<ArticleRecord> bases = new ArrayList<>();
            Extractor extractor = new Extractor();
            new ArticleInputs().read(List.of(corpus), a -> bases.add(extractor.extract(a)),
                    issue -> System.err.println("tindex: skipped " + issue));
            out.printf("corpus: %d records from %s%n", bases.size(), corpus);
            SyntheticCorpus synthetic = new SyntheticCorpus(bases);
            Path dir = index != null ? index : Files.createTempDirectory("tindex-bench");
            build(out, synthetic, dir);

            List<String> agencies = bases.stream().flatMap(r -> r.agencies().stream()).map(Agency::shortName)
                    .filter(s -> s != null && s.startsWith("Sở ")).distinct().sorted().toList();
            Random random = new Random(seed);
            try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
                out.printf("index: %d articles, %.0f MB%n", searcher.numDocs(), size(dir) / 1e6);
                String[] words = {"nhiệm vụ trọng tâm", "nhiem vu trong tam", "kiểm tra", "đề nghị", "tiến độ",
                    "\"chuyển đổi số\"", "phòng chống dịch", "giải ngân vốn đầu tư"};
                time(out, "article search, faceted (words + agency filter)", () -> searcher.search(SearchRequest.of(
                        words[random.nextInt(words.length)]).withAgency(agencies.get(random.nextInt(agencies.size())))));
                time(out, "article search, faceted (words only)", () -> searcher.search(
                        SearchRequest.of(words[random.nextInt(words.length)])));
                time(out, "article search, filters only (year + kind)", () -> searcher.search(SearchRequest.of(
                        "year:" + (2015 + random.nextInt(12)) + " kind:directive")));
                time(out, "fact search (task counts of an agency, with totals)", () -> searcher.searchFacts(
                        SearchRequest.of("kind:taskcount agency:\"" + agencies.get(random.nextInt(agencies.size()))
                                + "\"")));
            }
            return 0;
        }

        private void build(PrintStream out, SyntheticCorpus synthetic, Path dir) throws Exception {
            if (Files.isDirectory(dir) && hasArticles(dir)) {
                out.printf("index: reusing %s%n", dir);
                return;
            }
            long started = System.nanoTime();
            try (ArticleIndex writer = ArticleIndex.open(dir)) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int first = t;
                    parts.add(pool.submit(() -> {
                        for (int i = first; i < articles; i += 2) {
                            try {
                                writer.upsert(synthetic.article(i, seed));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }));
                }
                for (Future<?> part : parts) {
                    part.get();
                }
                pool.shutdown();
                writer.commit();
            }
            out.printf("index: built %d articles in %s in %.1f s%n", articles, dir, (System.nanoTime() - started) / 1e9);
        }

        private boolean hasArticles(Path dir) {
            try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
                return searcher.numDocs() == articles;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        @FunctionalInterface
        interface Query {
            Object run() throws IOException;
        }

        private void time(PrintStream out, String name, Query query) throws IOException {
            for (int i = 0; i < warmup; i++) {
                query.run();
            }
            com.sun.management.OperatingSystemMXBean process =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double loadBefore = process.getSystemLoadAverage();
            long cpuBefore = process.getProcessCpuTime();
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                long start = System.nanoTime();
                query.run();
                nanos[i] = System.nanoTime() - start;
            }
            long cpu = process.getProcessCpuTime() - cpuBefore;
            Arrays.sort(nanos);
            // Wall time is what a user waits. CPU is this process's work on all threads (search runs on all cores),
            // per query on average; it does not grow when other processes share the cores, wall time does: the load
            // average says how busy the machine was.
            out.printf("%-55s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms | cpu %5.1f ms/query | load %.1f-%.1f"
                    + "  (%d queries)%n", name, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                    cpu / 1e6 / queries, loadBefore, process.getSystemLoadAverage(), queries);
        }

        private static double ms(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

        private static long size(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.mapToLong(p -> p.toFile().length()).sum();
            }
        }
    }
}

package vn.tindex.app.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.tindex.extract.Extractor;
import vn.tindex.index.ArticleIndex;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;

/**
 * A bulk import: reads the inputs, extracts on all workers and writes the index through one {@link ArticleIndex},
 * committing every so many articles and every so often. What the index already holds is read first
 * ({@link ImportLedger}): an article committed by an earlier run, even one that was killed, is skipped unchanged, a
 * changed one replaced, and a second copy (same URL, or same text at another URL) is a duplicate, noted in the
 * report. So a killed import run again finishes with every article exactly once, and loses nothing it committed.
 */
public final class ImportRun {
    private final BatchOptions options;
    private final PrintStream err;

    public ImportRun(BatchOptions options, PrintStream err) {
        if (options == null || err == null) {
            throw new IllegalArgumentException("options and err must not be null");
        }
        this.options = options;
        this.err = err;
    }

    /** Imports {@code inputs} into the index folder {@code index}; returns the counts. */
    public BatchStats run(List<String> inputs, Path index) throws IOException {
        return run(inputs, index, new Extractor());
    }

    /** As {@link #run(List, Path)}, with an extractor already built (the benchmark builds one for all runs). */
    public BatchStats run(List<String> inputs, Path index, Extractor extractor) throws IOException {
        BatchStats stats = new BatchStats();
        ImportLedger ledger = ImportLedger.of(index, options.force());
        if (ledger.indexedCount() > 0) {
            err.printf("tindex: %s holds %d articles; those read again unchanged are skipped%n", index,
                    ledger.indexedCount());
        }
        ArticleInputs reader = new ArticleInputs();
        try (ArticleIndex writer = ArticleIndex.open(index, vn.tindex.app.IndexWords.segmenter());
             IssueLog log = new IssueLog(err, options.report(), stats)) {
            Committer committer = new Committer(writer);
            BatchPipeline<Void> pipeline = new BatchPipeline<>(extractor, options.pipeline(), stats, log);
            Progress progress = Progress.start(options.progress(), err, new Progress.Source("import",
                    ArticleInputs.totalBytes(inputs), pipeline::bytesDone, stats), options.progressLines());
            try {
                pipeline.run(reader, inputs, article -> admit(ledger, article, stats, log),
                        record -> {
                            writer.upsert(record);
                            return null;
                        },
                        (nothing, article, tag) -> {
                            (tag == ImportLedger.Decision.NEW ? stats.imported : stats.replaced).incrementAndGet();
                            committer.maybeCommit();
                        });
                writer.commit();
            } finally {
                progress.close();
            }
            err.println("tindex: imported into " + index + ": " + stats.importSummary());
            if (stats.failed() > 0) {
                err.println("tindex: failed: " + stats.failureKinds()
                        + (log.reportPath() == null ? "" : " (each named in " + log.reportPath() + ")"));
            }
            err.println("tindex: " + index + " holds " + writer.numDocs() + " articles");
        }
        return stats;
    }

    /** The ledger's decision, counted and noted; the tag of an article to extract, or null to skip it. */
    private static Object admit(ImportLedger ledger, Article article, BatchStats stats, IssueLog log) {
        ImportLedger.Decision decision = ledger.decide(article);
        String input = article.source() == null ? article.id() : article.source();
        switch (decision) {
            case NEW, REPLACED -> {
                return decision;
            }
            case UNCHANGED -> stats.unchanged.incrementAndGet();
            case DUPLICATE_URL -> {
                stats.duplicateUrl.incrementAndGet();
                log.note(input, "duplicate: an earlier article has the same "
                        + (article.url() == null ? "text" : "URL " + article.url()) + " (id " + article.id() + ")");
            }
            case DUPLICATE_TEXT -> {
                stats.duplicateText.incrementAndGet();
                log.note(input, "duplicate: the same text as another article"
                        + (article.url() == null ? "" : " (" + article.url() + ")"));
            }
        }
        return null;
    }

    /** Commits after so many articles or so much time, whichever comes first. */
    private final class Committer {
        private final ArticleIndex writer;
        private int since;
        private long last = System.nanoTime();

        Committer(ArticleIndex writer) {
            this.writer = writer;
        }

        void maybeCommit() throws IOException {
            since++;
            if (since >= options.commitEvery() || System.nanoTime() - last >= options.commitInterval().toNanos()) {
                writer.commit();
                since = 0;
                last = System.nanoTime();
            }
        }
    }
}

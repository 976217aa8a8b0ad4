package vn.tindex.app.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.ArticleRecord;

/**
 * Extraction records handed to a consumer in input order, on all cores, without progress or summary: for commands
 * that need the records themselves (benchmarks, evaluation). Failed inputs are named on {@code err}.
 */
public final class RecordRun {
    private RecordRun() {}

    public static BatchStats run(List<String> inputs, Consumer<ArticleRecord> sink, PrintStream err)
            throws IOException {
        BatchStats stats = new BatchStats();
        BatchOptions options = BatchOptions.defaults();
        try (IssueLog log = new IssueLog(err, null, stats)) {
            new BatchPipeline<ArticleRecord>(new Extractor(), options.pipeline(), stats, log).run(new ArticleInputs(),
                    inputs, article -> Boolean.TRUE, record -> record, (record, article, tag) -> {
                        sink.accept(record);
                        stats.imported.incrementAndGet();
                    });
        }
        return stats;
    }
}

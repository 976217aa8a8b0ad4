package vn.tindex.app.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.List;
import vn.tindex.codec.RecordJson;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;

/**
 * Extraction to JSON Lines on all workers: records are written in input order, one line each; inputs that cannot
 * be read or extracted are named on stderr (and in the report file, when there is one).
 */
public final class ExtractRun {
    private final BatchOptions options;
    private final PrintStream err;

    public ExtractRun(BatchOptions options, PrintStream err) {
        if (options == null || err == null) {
            throw new IllegalArgumentException("options and err must not be null");
        }
        this.options = options;
        this.err = err;
    }

    public BatchStats run(List<String> inputs, Writer out) throws IOException {
        return run(inputs, out, new Extractor(), true);
    }

    /** Extracts {@code inputs} to {@code out}; {@code summary} prints the closing line on stderr. */
    public BatchStats run(List<String> inputs, Writer out, Extractor extractor, boolean summary) throws IOException {
        BatchStats stats = new BatchStats();
        ArticleInputs reader = new ArticleInputs();
        try (IssueLog log = new IssueLog(err, options.report(), stats)) {
            BatchPipeline<String> pipeline = new BatchPipeline<>(extractor, options.pipeline(), stats, log);
            Progress progress = Progress.start(options.progress(), err, new Progress.Source("extract",
                    ArticleInputs.totalBytes(inputs), pipeline::bytesDone, stats), options.progressLines());
            try {
                pipeline.run(reader, inputs, article -> Boolean.TRUE, RecordJson::toLine, (line, article, tag) -> {
                    out.write(line);
                    out.write('\n');
                    stats.imported.incrementAndGet();
                });
                out.flush();
            } finally {
                progress.close();
            }
            if (summary) {
                err.println("tindex: extract: " + stats.extractSummary());
            }
        }
        return stats;
    }
}

package vn.tindex.app.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of an import or extract run, as the command line gives them.
 *
 * @param threads        extraction workers (at least 1)
 * @param commitEvery    commit the index after this many articles (import)
 * @param commitInterval and at least this often (import)
 * @param force          extract again articles the index already holds unchanged (import)
 * @param report         the report file of the inputs that failed; null for none
 * @param progress       how progress is shown
 * @param progressLines  how often a progress line is printed when not on a terminal
 * @param timeout        the time limit of one article's extraction, before the allowance for its length
 */
public record BatchOptions(int threads, int commitEvery, Duration commitInterval, boolean force, Path report,
                           Progress.Mode progress, Duration progressLines, Duration timeout) {
    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("--commit-every must be at least 1, not " + commitEvery);
        }
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("the commit interval must be positive");
        }
        if (progress == null || progressLines == null || progressLines.isNegative() || progressLines.isZero()) {
            throw new IllegalArgumentException("progress and progressLines must be given and positive");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    /** All cores, a commit every 1,000 articles or 30 s, no report, progress as the terminal allows. */
    public static BatchOptions defaults() {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), 1000, Duration.ofSeconds(30), false,
                null, Progress.Mode.AUTO, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    BatchPipeline.Options pipeline() {
        return BatchPipeline.Options.defaults(threads).withTimeout(timeout);
    }
}

package vn.tindex.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import vn.tindex.app.batch.BatchOptions;
import vn.tindex.app.batch.Progress;

/** The options import and extract share (a picocli mixin). */
final class BatchFlags {
    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads (default: one per core)", defaultValue = "0",
            showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    int threads;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write each input that failed, with its reason, to FILE (tab-separated)")
    Path report;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, a line every 10 s otherwise), bar, lines or none")
    String progress;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time limit of one article's extraction, plus 50 ms per 1,000 characters"
                    + " (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    BatchOptions options(Path defaultReport, int commitEvery, boolean force) {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        BatchOptions d = BatchOptions.defaults();
        return new BatchOptions(n, commitEvery, d.commitInterval(), force, report != null ? report : defaultReport,
                mode(progress), d.progressLines(), Duration.ofSeconds(timeoutSeconds));
    }

    private static Progress.Mode mode(String value) {
        try {
            return Progress.Mode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--progress takes auto, bar, lines or none, not '" + value + "'");
        }
    }
}

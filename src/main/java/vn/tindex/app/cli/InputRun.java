package vn.tindex.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import vn.tindex.app.batch.BatchStats;
import vn.tindex.app.batch.RecordRun;
import vn.tindex.model.ArticleRecord;

/**
 * Reads inputs, extracts each article (on all cores) and hands the records on in input order; each input that
 * cannot be read or extracted is named on stderr with its reason and the batch goes on.
 */
final class InputRun {
    private long records;
    private long failed;

    /** Runs the batch; returns the exit code (0, or {@link Main#SOME_INPUTS_FAILED}). */
    int run(List<String> inputs, Consumer<ArticleRecord> sink, PrintStream err) {
        try {
            BatchStats stats = RecordRun.run(inputs, sink, err);
            records = stats.extracted();
            failed = stats.failed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed > 0 ? Main.SOME_INPUTS_FAILED : 0;
    }

    long records() {
        return records;
    }

    long failed() {
        return failed;
    }
}

package vn.tindex.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Issue;

/**
 * Reads inputs, extracts each article and hands the record on; each input that cannot be read or extracted is
 * named on stderr with its reason and the batch goes on. Shared by {@code extract} and {@code import}.
 */
final class InputRun {
    private int records;
    private int failed;

    /** Runs the batch; returns the exit code (0, or {@link Main#SOME_INPUTS_FAILED}). */
    int run(List<String> inputs, Consumer<ArticleRecord> sink, PrintStream err) {
        Extractor extractor = new Extractor();
        new ArticleInputs().read(inputs, article -> {
            ArticleRecord record;
            try {
                record = extractor.extract(article);
            } catch (RuntimeException e) {
                report(err, new Issue(article.source() == null ? article.id() : article.source(),
                        "extraction failed: " + e));
                return;
            }
            sink.accept(record);
            records++;
        }, issue -> report(err, issue));
        return failed > 0 ? Main.SOME_INPUTS_FAILED : 0;
    }

    private void report(PrintStream err, Issue issue) {
        failed++;
        err.println("tindex: skipped " + issue);
    }

    int records() {
        return records;
    }

    int failed() {
        return failed;
    }
}

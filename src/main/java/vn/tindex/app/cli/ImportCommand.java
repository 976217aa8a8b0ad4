package vn.tindex.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.app.batch.BatchOptions;
import vn.tindex.app.batch.BatchStats;
import vn.tindex.app.batch.ImportRun;
import vn.tindex.app.batch.RecordImportRun;

/**
 * {@code tindex import INPUT... [--index DIR]}: extract on all cores and index; re-importing an article replaces it,
 * an import that was stopped or killed is finished by running it again.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Extract facts from articles (.html/.htm/.txt/.jsonl/.jsonl.gz/.warc/.warc.gz files or folders,"
                + " - for stdin) and index them. Articles already in the index unchanged are skipped, changed ones"
                + " replaced, copies (same URL, or same text at another URL) counted as duplicates; the index is"
                + " committed as the import goes, so an import that was stopped or killed finishes when run again."
                + " Exit code 3 when some inputs could not be read; the others are imported.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (recursive), or - for stdin")
    List<String> inputs;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "tindex-data",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "commit after N articles (and at least every 30 s; default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Option(names = "--force", description = "extract again the articles the index already holds unchanged")
    boolean force;

    // Issue 10: the Spark job's records/ (or extract's JSON Lines) indexed as they are, see RecordImportRun.
    @Option(names = "--records", description = "the inputs are extraction records (JSON Lines of tindex extract, or"
            + " the records/ folder of the Spark job): index them without extracting again")
    boolean records;

    @Mixin
    BatchFlags flags;

    @Override
    public Integer call() throws IOException {
        BatchOptions options = flags.options(index.resolve("import-report.tsv"), commitEvery, force);
        BatchStats stats = records ? new RecordImportRun(options, System.err).run(inputs, index)
                : new ImportRun(options, System.err).run(inputs, index);
        return stats.failed() > 0 ? Main.SOME_INPUTS_FAILED : 0;
    }
}

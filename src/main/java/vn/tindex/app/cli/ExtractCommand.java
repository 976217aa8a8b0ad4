package vn.tindex.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.app.batch.BatchStats;
import vn.tindex.app.batch.ExtractRun;

/** {@code tindex extract INPUT...}: one JSON record per article, as JSON Lines, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from articles (.html/.htm/.txt/.jsonl/.jsonl.gz/.warc/.warc.gz files or"
                + " folders, - for stdin) on all cores and write one JSON record per article (JSON Lines), in"
                + " input order. Exit code 3 when some inputs could not be read.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (recursive), or - for stdin")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Mixin
    BatchFlags flags;

    @Override
    public Integer call() throws IOException {
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            BatchStats stats = new ExtractRun(flags.options(null, 1, false), System.err).run(inputs, out);
            return stats.failed() > 0 ? Main.SOME_INPUTS_FAILED : 0;
        }
    }
}

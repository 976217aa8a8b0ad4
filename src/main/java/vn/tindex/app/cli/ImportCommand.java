package vn.tindex.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.index.ArticleIndex;

/** {@code tindex import INPUT... [--index DIR]}: extract and index; re-importing an article replaces it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and index them (an article imported again replaces itself)."
                + " Exit code 3 when some inputs could not be read; the others are imported.")
final class ImportCommand implements Callable<Integer> {
    private static final int COMMIT_EVERY = 1000;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (recursive), or - for stdin")
    List<String> inputs;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "tindex-data",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        try (ArticleIndex writer = ArticleIndex.open(index)) {
            InputRun run = new InputRun();
            int code = run.run(inputs, record -> {
                try {
                    writer.upsert(record);
                    if (run.records() % COMMIT_EVERY == COMMIT_EVERY - 1) {
                        writer.commit();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, System.err);
            writer.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("tindex: imported %d articles into %s (%d in the index), %d inputs failed, %.1f s%n",
                    run.records(), index, writer.numDocs(), run.failed(), seconds);
            return code;
        }
    }
}

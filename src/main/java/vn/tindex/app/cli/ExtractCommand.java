package vn.tindex.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tindex.codec.RecordJson;

/** {@code tindex extract INPUT...}: one JSON record per article, as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from articles (.html/.htm/.txt/.jsonl files or folders, - for stdin) and write"
                + " one JSON record per article (JSON Lines). Exit code 3 when some inputs could not be read.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (recursive), or - for stdin")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            InputRun run = new InputRun();
            int code = run.run(inputs, record -> {
                try {
                    out.write(RecordJson.toLine(record));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, System.err);
            out.flush();
            return code;
        }
    }
}

package vn.tindex.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tindex}: the command line. Each subcommand is a class of its own. */
@Command(name = "tindex", mixinStandardHelpOptions = true, version = "tindex 0.1.0",
        description = "Reads Vietnamese government press releases: extracts dates, officials, agencies, task counts,"
                + " directives and events, and indexes them for search.",
        subcommands = {ExtractCommand.class, SegmentCommand.class, ImportCommand.class, CrawlCommand.class, SearchCommand.class,
                ExportCommand.class,
                ServeCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code when some inputs could not be read (the others were processed). */
    static final int SOME_INPUTS_FAILED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; user mistakes are one line on stderr, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        CommandLine bench = cli.getSubcommands().get("bench");
        if (bench != null) {
            bench.addSubcommand(new ImportBenchCommand()); // tindex bench import, beside bench search
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tindex: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException || e instanceof java.io.IOException ? 2 : 1;
        });
        return cli.execute(args);
    }
}

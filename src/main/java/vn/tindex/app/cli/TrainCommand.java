package vn.tindex.app.cli;

import picocli.CommandLine.Command;

/** {@code tindex train ...}: the commands that reproduce the models shipped in models/. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the project's statistical models.",
        subcommands = {TrainNerCommand.class, TrainSegmenterCommand.class})
final class TrainCommand {
}

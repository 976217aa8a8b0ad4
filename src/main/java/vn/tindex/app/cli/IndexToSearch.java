package vn.tindex.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.tindex.app.IndexWords;
import vn.tindex.index.ArticleSearcher;

/** The {@code --index DIR} of the commands that read an index ({@code search}, {@code export}, {@code serve}). */
final class IndexToSearch {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "tindex-data",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    /** The index, searched with the shipped word segmenter; a folder that is not there is named, with what to run. */
    ArticleSearcher open() throws IOException {
        if (!Files.isDirectory(index)) {
            throw new IllegalArgumentException("no index at " + index + " (run: tindex import INPUT... --index " + index
                    + ")");
        }
        return ArticleSearcher.open(index, IndexWords.segmenter());
    }
}

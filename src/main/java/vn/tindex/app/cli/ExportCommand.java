package vn.tindex.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.ExportWriter;
import vn.tindex.index.SearchRequest;

/** {@code tindex export QUERY --format csv|jsonl}: everything a search matches, as a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every article (or, with --facts, every fact) a search matches as CSV or JSON Lines."
                + " Same query language and filters as search.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "the query (empty: everything)")
    String query = "";

    @Mixin
    IndexToSearch index;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "F", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--facts", description = "export facts (one row per fact) instead of articles")
    boolean facts;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100000", description = "at most N rows (default and largest: ${DEFAULT-VALUE})")
    int max;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportWriter.Format f = ExportWriter.Format.parse(format);
        SearchRequest request = filters.request(query, 1);
        try (ArticleSearcher searcher = index.open();
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            searcher.search(request); // a malformed query fails here, before anything is written
            ExportWriter writer = new ExportWriter(out, f);
            int n = facts ? searcher.forEachFact(request, max, writer::fact)
                    : searcher.forEachArticle(request, max, writer::article);
            writer.finish(facts);
            out.flush();
            System.err.printf("tindex: exported %d %s%n", n, facts ? "facts" : "articles");
        }
        return 0;
    }
}

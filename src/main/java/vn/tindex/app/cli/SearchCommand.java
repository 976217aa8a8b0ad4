package vn.tindex.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.FacetCount;
import vn.tindex.index.FactRef;
import vn.tindex.index.Hit;
import vn.tindex.index.SearchRequest;
import vn.tindex.index.SearchResult;

/** {@code tindex search QUERY}: ranked articles with a highlighted snippet, their matching facts, counts by agency. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search imported articles. Diacritics are optional (nhiem vu trong tam finds nhiệm vụ trọng"
                + " tâm); exact spelling ranks first. Words, \"phrases\" and -exclusions.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "the query (empty: all articles)")
    String query = "";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "tindex-data", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--agency", paramLabel = "A", description = "agency, short or canonical name (\"Sở Xây dựng\")")
    String agency;

    @Option(names = "--official", paramLabel = "O", description = "official's name")
    String official;

    @Option(names = "--province", paramLabel = "P", description = "province")
    String province;

    @Option(names = "--from", paramLabel = "DATE", description = "from this date (yyyy-mm-dd), inclusive")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this date (yyyy-mm-dd), inclusive")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "how many hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print one JSON document with the hits and the facet counts")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(index)) {
            throw new IllegalArgumentException("no index at " + index + " (run: tindex import INPUT... --index " + index + ")");
        }
        SearchRequest request = new SearchRequest(query, agency, official, province, day(from, "--from"),
                day(to, "--to"), limit, 0);
        SearchResult result;
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            result = searcher.search(request);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", query);
            doc.put("total", result.total());
            doc.put("hits", result.hits());
            doc.put("facets", result.facets());
            out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return 0;
        }
        out.printf("%d articles match%n%n", result.total());
        int rank = 1;
        for (Hit hit : result.hits()) {
            out.printf("%d. %s%n   %s%s%n   %s%n", rank++, hit.title() == null ? hit.id() : hit.title(),
                    hit.published() == null ? "" : hit.published() + "  ", hit.url() == null ? hit.id() : hit.url(),
                    plain(hit.snippet()));
            for (FactRef fact : hit.matchingFacts()) {
                out.printf("   - %s: %s%n", fact.kind(), fact.label());
            }
            out.println();
        }
        List<FacetCount> agencies = result.facets().getOrDefault("agency", List.of());
        if (!agencies.isEmpty()) {
            out.println("by agency:");
            agencies.forEach(f -> out.printf("  %5d  %s%n", f.count(), f.label()));
        }
        return 0;
    }

    private static String plain(String snippet) {
        return snippet.replace("<b>", "«").replace("</b>", "»").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static LocalDate day(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date as yyyy-mm-dd, not '" + value + "'");
        }
    }
}

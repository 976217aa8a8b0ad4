package vn.tindex.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.FacetCount;
import vn.tindex.index.FactHit;
import vn.tindex.index.FactRef;
import vn.tindex.index.FactResult;
import vn.tindex.index.Hit;
import vn.tindex.index.SearchRequest;
import vn.tindex.index.SearchResult;

/** {@code tindex search QUERY}: ranked articles with a highlighted snippet, their matching facts, counts by agency. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search imported articles (or, with --facts, their facts). Diacritics are optional (nhiem vu"
                + " trong tam finds nhiệm vụ trọng tâm); exact spelling ranks first. Words, \"phrases\", -exclusions,"
                + " OR, and fields: agency:\"Sở Xây dựng\" official:\"...\" post:\"...\" province:\"...\""
                + " kind:directive year:2020 year:[2019 TO 2021] date:/published:/meeting:2020-10 by:\"...\" to:\"...\".")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "the query (empty: everything)")
    String query = "";

    @Mixin
    IndexToSearch index;

    @Mixin
    FilterOptions filters;

    @Option(names = "--facts", description = "search facts (task counts, directives, ...) instead of articles")
    boolean facts;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "how many hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print one JSON document with the hits and the facet counts")
    boolean json;

    @Override
    public Integer call() throws IOException {
        SearchRequest request = filters.request(query, limit);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ArticleSearcher searcher = index.open()) {
            if (facts) {
                printFacts(out, searcher.searchFacts(request));
            } else {
                printArticles(out, searcher.search(request));
            }
        }
        return 0;
    }

    private void printArticles(PrintStream out, SearchResult result) throws IOException {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", query);
            doc.put("total", result.total());
            doc.put("hits", result.hits());
            doc.put("facets", result.facets());
            doc.put("timeline", result.timeline());
            out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return;
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
        printFacet(out, "by agency:", result.facets().getOrDefault("agency", List.of()));
    }

    private void printFacts(PrintStream out, FactResult result) throws IOException {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", query);
            doc.put("total", result.total());
            doc.put("hits", result.hits());
            doc.put("facets", result.facets());
            doc.put("taskTotals", result.taskTotals());
            out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return;
        }
        out.printf("%d facts match%n%n", result.total());
        int rank = 1;
        for (FactHit hit : result.hits()) {
            out.printf("%d. %s: %s%n   %s  %s%n   %s%n%n", rank++, hit.kind(), hit.label(),
                    hit.published() == null ? "" : hit.published(), hit.title() == null ? hit.articleId() : hit.title(),
                    plain(hit.snippet()));
        }
        if (!result.taskTotals().isEmpty()) {
            out.println("tasks by year:");
            result.taskTotals().forEach(t -> out.printf("  %d  %-12s %6d tasks in %d facts%n", t.year(),
                    t.status() == null ? "-" : t.status(), t.tasks(), t.facts()));
        }
        printFacet(out, "by kind:", result.facets().getOrDefault("kind", List.of()));
    }

    private static void printFacet(PrintStream out, String heading, List<FacetCount> values) {
        if (!values.isEmpty()) {
            out.println(heading);
            values.forEach(f -> out.printf("  %5d  %s%n", f.count(), f.label()));
        }
    }

    static String plain(String snippet) {
        return snippet.replace("<b>", "«").replace("</b>", "»").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}

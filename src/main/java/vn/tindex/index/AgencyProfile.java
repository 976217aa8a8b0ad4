package vn.tindex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tindex.model.Official;

/**
 * What the index knows of one agency: the {@code articles} that name it and how many per {@code year}, its
 * {@code officials} (officials whose organization it is, with their posts), the {@code taskTotals} of tasks it was
 * given over time, and the latest {@code directives} it received ({@code directivesTotal} in all).
 */
public record AgencyProfile(String name, long articles, List<FacetCount> years, List<OfficialSummary> officials,
                            List<TaskTotal> taskTotals, long directivesTotal, List<FactHit> directives) {
    /** Most officials and directives listed. */
    static final int MAX_LISTED = 50;
    private static final int MAX_OFFICIAL_FACTS = 5000;

    /** An official of the agency: the posts seen and in how many articles. */
    public record OfficialSummary(String name, List<String> posts, int articles) {}

    public AgencyProfile {
        years = List.copyOf(years);
        officials = List.copyOf(officials);
        taskTotals = List.copyOf(taskTotals);
        directives = List.copyOf(directives);
    }

    /** The profile of the agency named {@code name} (canonical or short form, as the agency filter takes it). */
    static AgencyProfile of(ArticleSearcher searcher, String name) throws IOException {
        if (name == null || name.isBlank() || IndexSchema.key(name).isEmpty()) {
            throw new IllegalArgumentException("an agency name is needed");
        }
        SearchRequest base = SearchRequest.of("").withAgency(name);
        SearchResult articles = searcher.search(base.withPage(1, 0));
        List<FacetCount> years = new ArrayList<>(articles.facets().get(IndexSchema.FACET_YEAR));
        years.sort(Comparator.comparing(FacetCount::label));

        Map<String, Set<String>> posts = new LinkedHashMap<>();
        Map<String, Set<String>> articleIds = new LinkedHashMap<>();
        searcher.forEachFact(base.withKind(FactKind.OFFICIAL), MAX_OFFICIAL_FACTS, hit -> {
            Official o = (Official) hit.fact();
            posts.computeIfAbsent(o.name(), k -> new LinkedHashSet<>());
            if (o.title() != null && !o.title().isBlank()) {
                posts.get(o.name()).add(o.title());
            }
            articleIds.computeIfAbsent(o.name(), k -> new LinkedHashSet<>()).add(hit.articleId());
        });
        List<OfficialSummary> officials = new ArrayList<>();
        posts.forEach((official, seen) -> officials.add(
                new OfficialSummary(official, List.copyOf(seen), articleIds.get(official).size())));
        officials.sort(Comparator.comparingInt(OfficialSummary::articles).reversed()
                .thenComparing(OfficialSummary::name));

        String receiver = "to:\"" + name.replace("\"", " ").strip() + "\"";
        FactResult tasks = searcher.searchFacts(SearchRequest.of(receiver).withKind(FactKind.TASKCOUNT)
                .withPage(1, 0));
        FactResult directives = searcher.searchFacts(SearchRequest.of(receiver).withKind(FactKind.DIRECTIVE)
                .withPage(MAX_LISTED, 0));
        return new AgencyProfile(name.strip(), articles.total(), years,
                officials.subList(0, Math.min(MAX_LISTED, officials.size())), tasks.taskTotals(),
                directives.total(), directives.hits());
    }
}

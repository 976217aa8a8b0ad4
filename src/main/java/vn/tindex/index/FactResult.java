package vn.tindex.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts matching a {@link SearchRequest}: {@code total}, the requested page of {@code hits}, facet counts of the
 * matching facts (the dimensions of {@link SearchResult}), and the {@code taskTotals} of the matching task counts
 * by year and status (facts with no year left out), in year order.
 */
public record FactResult(long total, List<FactHit> hits, Map<String, List<FacetCount>> facets,
                         List<TaskTotal> taskTotals) {
    public FactResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        taskTotals = List.copyOf(taskTotals);
    }
}

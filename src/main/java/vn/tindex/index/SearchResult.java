package vn.tindex.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: {@code total} matching articles, the requested page of {@code hits}, facet
 * counts over all matching articles, keyed by dimension ({@link IndexSchema#FACET_DIMS}: {@code agency},
 * {@code official}, {@code post}, {@code province}, {@code year}, {@code kind}; every key present, possibly with an
 * empty list), each list by count, highest first; and the {@code timeline}: matching articles per month
 * ({@code 2020-10}), in time order.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           List<FacetCount> timeline) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}

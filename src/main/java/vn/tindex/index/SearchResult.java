package vn.tindex.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: {@code total} matching articles, the requested page of {@code hits}, and
 * facet counts over all matching articles, keyed by dimension ({@code agency}, {@code official}, {@code province},
 * {@code year}; every key present, possibly with an empty list), each list by count, highest first.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}

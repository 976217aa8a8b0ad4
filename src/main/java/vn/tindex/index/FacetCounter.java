package vn.tindex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;

/** Counts facet values over the hits of a search, from the sorted-set doc values. Thread-safe. */
final class FacetCounter {
    /** Months shown on a timeline at most (over 80 years). */
    static final int MAX_MONTHS = 1000;

    private final SortedSetDocValuesReaderState state; // null when no document has a facet

    FacetCounter(DirectoryReader reader) throws IOException {
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.state = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()) : null;
    }

    /** Counts the values of every dimension over {@code hits} (one pass), to read with {@link Counts}. */
    Counts count(FacetsCollector hits) throws IOException {
        return new Counts(state == null ? null : new SortedSetDocValuesFacetCounts(state, hits));
    }

    /** Facet counts of one search. */
    final class Counts {
        private final SortedSetDocValuesFacetCounts counts; // null when the index has no facets

        private Counts(SortedSetDocValuesFacetCounts counts) {
            this.counts = counts;
        }

        /** The top {@code topN} values of each dimension in {@link IndexSchema#FACET_DIMS}, every key present. */
        Map<String, List<FacetCount>> top(int topN) throws IOException {
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            IndexSchema.FACET_DIMS.forEach(dim -> facets.put(dim, List.of()));
            if (counts == null) {
                return facets;
            }
            for (String dim : IndexSchema.FACET_DIMS) {
                if (state.getOrdRange(dim) != null) {
                    FacetResult result = counts.getTopChildren(topN, dim);
                    if (result != null) {
                        facets.put(dim, values(result));
                    }
                }
            }
            return facets;
        }

        /** Matching articles per month ({@code 2020-10}), in time order. */
        List<FacetCount> timeline() throws IOException {
            if (counts == null || state.getOrdRange(IndexSchema.FACET_MONTH) == null) {
                return List.of();
            }
            FacetResult months = counts.getTopChildren(MAX_MONTHS, IndexSchema.FACET_MONTH);
            if (months == null) {
                return List.of();
            }
            List<FacetCount> values = new ArrayList<>(values(months));
            values.sort(Comparator.comparing(FacetCount::label));
            return List.copyOf(values);
        }
    }

    private static List<FacetCount> values(FacetResult dim) {
        List<FacetCount> values = new ArrayList<>(dim.labelValues.length);
        for (LabelAndValue lv : dim.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
        return List.copyOf(values);
    }
}

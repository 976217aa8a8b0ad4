package vn.tindex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import vn.tindex.codec.RecordJson;

/** Fact documents back into {@link FactHit}s, and task counts added up over the matching facts. */
final class FactHits {
    private static final Set<String> STORED = Set.of(IndexSchema.ARTICLE_ID, FactDocuments.ARTICLE_TITLE,
            IndexSchema.PUBLISHED, FactDocuments.FACT_KIND, IndexSchema.FACT_INDEX, IndexSchema.FACT_JSON,
            FactDocuments.FACT_START, FactDocuments.FACT_END, IndexSchema.FACT_TEXT);

    private FactHits() {}

    /** The fact of document {@code docId}; {@code snippet} null means its evidence, escaped, unmarked. */
    static FactHit load(IndexSearcher searcher, int docId, String snippet) throws IOException {
        Document doc = searcher.storedFields().document(docId, STORED);
        FactKind kind = FactKind.parse(doc.get(FactDocuments.FACT_KIND));
        Object fact;
        try {
            fact = RecordJson.mapper().readValue(doc.get(IndexSchema.FACT_JSON), kind.type());
        } catch (JsonProcessingException e) {
            throw new IOException("stored fact of doc " + docId + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Number index = doc.getField(IndexSchema.FACT_INDEX).numericValue();
        Integer start = number(doc, FactDocuments.FACT_START);
        Integer end = number(doc, FactDocuments.FACT_END);
        String text = doc.get(IndexSchema.FACT_TEXT);
        return new FactHit(doc.get(IndexSchema.ARTICLE_ID), doc.get(FactDocuments.ARTICLE_TITLE),
                doc.get(IndexSchema.PUBLISHED), kind.shortName(), index.intValue(), FactLabels.label(kind, fact),
                snippet != null ? snippet : Snippets.escape(text == null ? "" : text), start, end, fact);
    }

    private static Integer number(Document doc, String field) {
        return doc.getField(field) == null ? null : doc.getField(field).numericValue().intValue();
    }

    /** Sums of the counts of the matching task-count facts, by year and status, in year order. */
    static List<TaskTotal> taskTotals(FacetsCollector collected) throws IOException {
        record Key(int year, String status) {}
        Map<Key, long[]> sums = new TreeMap<>(Comparator.comparingInt(Key::year)
                .thenComparing(k -> k.status() == null ? "" : k.status()));
        for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
            if (docs.bits == null) {
                continue;
            }
            NumericDocValues counts = DocValues.getNumeric(docs.context.reader(), IndexSchema.FACT_COUNT);
            NumericDocValues years = DocValues.getNumeric(docs.context.reader(), IndexSchema.FACT_YEAR_DV);
            SortedDocValues statuses = DocValues.getSorted(docs.context.reader(), IndexSchema.FACT_STATUS);
            DocIdSetIterator it = docs.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!counts.advanceExact(doc) || !years.advanceExact(doc)) {
                    continue;
                }
                String status = statuses.advanceExact(doc) ? statuses.lookupOrd(statuses.ordValue()).utf8ToString()
                        : "";
                long[] sum = sums.computeIfAbsent(new Key((int) years.longValue(),
                        status.isEmpty() ? null : status), k -> new long[2]);
                sum[0] += counts.longValue();
                sum[1]++;
            }
        }
        List<TaskTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> totals.add(new TaskTotal(key.year(), key.status(), sum[0], sum[1])));
        return totals;
    }
}

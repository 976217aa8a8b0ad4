package vn.tindex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.ArticleRecord;

/**
 * Searches the article index: a point-in-time view of the last commit when it was opened (open a new one to see
 * later commits). Thread-safe.
 *
 * <p>Query syntax (Lucene's classic parser): words are all required; {@code "a phrase"}; {@code OR}; {@code -word}
 * excludes; {@code word*} prefix; {@code title:word} or {@code text:word}. Diacritics are optional: each term is
 * searched as written (boosted) and folded, so {@code nhiem vu} finds {@code nhiệm vụ}, exact spellings first.
 * An empty query lists all articles, newest first.
 */
public final class ArticleSearcher implements Closeable {
    /** Facet values returned per dimension. */
    public static final int FACET_TOP_N = 20;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState; // null when no article has a facet
    private final Snippets snippets;

    private ArticleSearcher(Directory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetState = hasFacets(reader)
                ? new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()) : null;
        this.snippets = new Snippets(searcher);
    }

    /** Opens the index in {@code dir}; fails with the path when there is none (create it with ArticleIndex). */
    public static ArticleSearcher open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index folder at " + dir.toAbsolutePath());
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no index in " + dir.toAbsolutePath());
            }
            return new ArticleSearcher(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static boolean hasFacets(DirectoryReader reader) {
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        return FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) != null;
    }

    /** Runs the request; a malformed query is an IllegalArgumentException saying what is wrong. */
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Query textQuery = ArticleQueryParser.parse(request.query());
        boolean listAll = textQuery instanceof MatchAllDocsQuery;
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
        Query phrase = ArticleQueryParser.phraseBoost(request.query());
        if (phrase != null) {
            builder.add(phrase, BooleanClause.Occur.SHOULD);
        }
        Query agencyRelevance = ArticleFilters.agencyRelevance(request);
        if (agencyRelevance != null && !listAll) {
            builder.add(agencyRelevance, BooleanClause.Occur.SHOULD);
        }
        ArticleFilters.queries(request).forEach(f -> builder.add(f, BooleanClause.Occur.FILTER));
        Query query = builder.build();

        int n = Math.max(1, request.offset() + request.limit());
        FacetsCollectorManager.FacetsResult result = listAll
                ? FacetsCollectorManager.search(searcher, query, n, newestFirst(), true, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
        FacetsCollector collected = result.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return new SearchResult(total, hits(request, textQuery, listAll, result.topDocs()), facets(collected));
    }

    private static Sort newestFirst() {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }

    private List<Hit> hits(SearchRequest request, Query textQuery, boolean listAll, TopDocs top) throws IOException {
        ScoreDoc[] scoreDocs = top.scoreDocs;
        int from = Math.min(request.offset(), scoreDocs.length);
        int[] docIds = new int[scoreDocs.length - from];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = scoreDocs[from + i].doc;
        }
        Query asTyped = listAll ? textQuery : ArticleQueryParser.parseAsTyped(request.query());
        String[] highlighted = listAll ? new String[docIds.length] : snippets.highlight(asTyped, textQuery, docIds);
        FactMatcher facts = new FactMatcher(asTyped, new ArticleFilters(request));
        List<Hit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ArticleRecord r = load(docIds[i]);
            String snippet = highlighted[i] != null ? highlighted[i] : Snippets.leading(r.text());
            float score = scoreDocs[from + i].score;
            hits.add(new Hit(r.id(), r.url(), r.title(), r.published(), r.province(),
                    Float.isNaN(score) ? 0f : score, snippet, facts.matchingFacts(r)));
        }
        return hits;
    }

    private Map<String, List<FacetCount>> facets(FacetsCollector collected) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        IndexSchema.FACET_DIMS.forEach(dim -> facets.put(dim, List.of()));
        if (facetState == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collected);
        for (FacetResult dim : counts.getAllDims(FACET_TOP_N)) {
            if (!facets.containsKey(dim.dim)) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>(dim.labelValues.length);
            for (LabelAndValue lv : dim.labelValues) {
                values.add(new FacetCount(lv.label, lv.value.longValue()));
            }
            facets.put(dim.dim, List.copyOf(values));
        }
        return facets;
    }

    /** The stored record with this id, or null when the index has none. */
    public ArticleRecord get(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
        return top.scoreDocs.length == 0 ? null : load(top.scoreDocs[0].doc);
    }

    /** Articles in this view of the index. */
    public int numDocs() {
        return reader.numDocs();
    }

    private ArticleRecord load(int docId) throws IOException {
        Document doc = searcher.storedFields().document(docId, Set.of(IndexSchema.RECORD));
        String json = doc.get(IndexSchema.RECORD);
        try {
            return RecordJson.fromLine(json);
        } catch (JsonProcessingException e) {
            throw new IOException("stored record of doc " + docId + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}

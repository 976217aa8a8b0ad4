package vn.tindex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
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
 * Searches the article index: articles ({@link #search}) and facts ({@link #searchFacts}) with the same request and
 * query language. A point-in-time view of the last commit when it was opened (open a new one to see later commits).
 * Thread-safe.
 *
 * <p>Query syntax (Lucene's classic parser, see {@link ArticleQueryParser}): words are all required;
 * {@code "a phrase"}; {@code OR}; {@code -word} excludes; {@code word*} prefix; {@code title:word} or
 * {@code text:word}; filters {@code agency:"Sở Xây dựng"}, {@code official:"..."}, {@code post:"..."},
 * {@code province:"..."}, {@code kind:directive}, {@code year:2020}, {@code date:}/{@code published:}/{@code
 * meeting:2020-10}, {@code by:}/{@code to:}. Diacritics are optional: each term is searched as written (boosted) and
 * folded, so {@code nhiem vu} finds {@code nhiệm vụ}, exact spellings first. A query of filters only (or empty)
 * lists everything that passes them, newest first.
 */
public final class ArticleSearcher implements Closeable {
    /** Facet values returned per dimension. */
    public static final int FACET_TOP_N = 20;
    /** Most articles or facts one export may hold. */
    public static final int MAX_EXPORT = 100_000;
    private static final float WORD_BOOST = 2f;
    /** Candidates the first ranking step picks for the second. */
    static final int RESCORE_WINDOW = 200;

    private final Directory directory;
    private final DirectoryReader reader;
    /** Searches slices of the index on all cores; its threads are daemons, ended by {@link #close}. */
    private final ExecutorService pool;
    private final IndexSearcher searcher;
    private final FacetCounter facetCounter;
    private final Snippets snippets;
    private final WordSegmenter segmenter;

    /**
     * A request turned into Lucene queries: {@code query} ranks (words, boosts, filters), {@code matching} only
     * says which documents match (no scores, no phrase boosts), for counting and facets.
     */
    private record Prepared(Query query, Query firstPass, Query matching, Query parsed, boolean listAll,
                            ArticleFilters filters, ArticleQueryParser.Target target) {}

    /** The ranked page and the collected matches (for totals and facets) of one search. */
    private record Ran(TopDocs top, FacetsCollector matches) {}

    private ArticleSearcher(Directory directory, DirectoryReader reader, WordSegmenter segmenter) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.pool = newPool();
        this.searcher = new IndexSearcher(reader, pool);
        this.facetCounter = new FacetCounter(reader);
        this.snippets = new Snippets(searcher);
        this.segmenter = segmenter;
    }

    /** Opens the index in {@code dir}; fails with the path when there is none (create it with ArticleIndex). */
    public static ArticleSearcher open(Path dir) throws IOException {
        return open(dir, WordSegmenter.NONE);
    }

    /** Opens the index in {@code dir}, adding the query's words from {@code segmenter} (see {@link WordSegmenter}). */
    public static ArticleSearcher open(Path dir, WordSegmenter segmenter) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(segmenter, "segmenter");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index folder at " + dir.toAbsolutePath());
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no index in " + dir.toAbsolutePath());
            }
            ArticleIndex.checkSchema(directory, dir);
            return new ArticleSearcher(directory, DirectoryReader.open(directory), segmenter);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private Prepared prepare(SearchRequest request, String doctype) {
        ArticleQueryParser.Target target = IndexSchema.DOCTYPE_ARTICLE.equals(doctype)
                ? ArticleQueryParser.Target.ARTICLES : ArticleQueryParser.Target.FACTS;
        Query parsed = ArticleQueryParser.parse(request.query(), target);
        boolean listAll = !QueryParts.hasText(parsed);
        ArticleFilters filters = new ArticleFilters(request, parsed);
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (!listAll) {
            Query phrase = ArticleQueryParser.phraseBoost(request.query(), target);
            if (phrase != null) {
                builder.add(phrase, BooleanClause.Occur.SHOULD);
            }
            Query agencyRelevance = filters.agencyRelevance();
            if (agencyRelevance != null && IndexSchema.DOCTYPE_ARTICLE.equals(doctype)) {
                builder.add(agencyRelevance, BooleanClause.Occur.SHOULD);
            }
            List<String> words = target == ArticleQueryParser.Target.ARTICLES
                    ? WordTerms.terms(segmenter, QueryParts.textPart(request.query())) : List.of();
            for (String word : words) {
                builder.add(new BoostQuery(new TermQuery(new Term(IndexSchema.TEXT_WORDS, word)), WORD_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.FILTER);
        BooleanQuery.Builder firstPass = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.FILTER);
        if (!listAll) {
            firstPass.add(ArticleQueryParser.parseAsTyped(request.query(), target), BooleanClause.Occur.SHOULD);
        }
        for (Query filter : ArticleFilters.queries(request)) {
            builder.add(filter, BooleanClause.Occur.FILTER);
            matching.add(filter, BooleanClause.Occur.FILTER);
            firstPass.add(filter, BooleanClause.Occur.FILTER);
        }
        Query type = new TermQuery(new Term(IndexSchema.DOCTYPE, doctype));
        builder.add(type, BooleanClause.Occur.FILTER);
        matching.add(type, BooleanClause.Occur.FILTER);
        firstPass.add(type, BooleanClause.Occur.FILTER);
        return new Prepared(builder.build(), firstPass.build(), matching.build(), parsed, listAll, filters, target);
    }

    /** Runs the request on articles; a malformed or too broad query is an IllegalArgumentException saying why. */
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Prepared p = prepare(request, IndexSchema.DOCTYPE_ARTICLE);
        Ran ran = run(p, request.offset() + request.limit(), true);
        FacetCounter.Counts counts = facetCounter.count(ran.matches());
        return new SearchResult(total(ran.matches()), hits(request, p, ran.top()), counts.top(FACET_TOP_N),
                counts.timeline());
    }

    /** Runs the request on facts: each fact of each article is one hit. */
    public FactResult searchFacts(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Prepared p = prepare(request, IndexSchema.DOCTYPE_FACT);
        Ran ran = run(p, request.offset() + request.limit(), true);
        FacetsCollector collected = ran.matches();
        ScoreDoc[] page = page(ran.top(), request.offset());
        String[] highlighted = highlight(request, p, page);
        List<FactHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(FactHits.load(searcher, page[i].doc, highlighted[i]));
        }
        return new FactResult(total(collected), hits, facetCounter.count(collected).top(FACET_TOP_N),
                FactHits.taskTotals(collected));
    }

    /**
     * The ranked page, then, when asked, every match without scores for totals and facets. The page is ranked in
     * two steps: the words as typed pick {@value #RESCORE_WINDOW} candidates, or as many as the page reaches (an
     * accented word scored on the exact fields only), then the whole query (folded fields, phrase and agency
     * boosts) orders them. Scoring every match with the whole query took two thirds of a query's time on 100,000
     * articles. Exports past the window are ranked by the whole query in one step.
     */
    private Ran run(Prepared p, int n, boolean collectMatches) throws IOException {
        try {
            int size = Math.max(1, n);
            TopDocs top;
            if (p.listAll()) {
                top = searcher.search(p.query(), size, newestFirst());
            } else if (size <= SearchRequest.MAX_WINDOW) {
                TopDocs candidates = searcher.search(p.firstPass(), Math.max(RESCORE_WINDOW, size));
                top = new QueryRescorer(p.query()) {
                    @Override
                    protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                        return secondPassMatches ? secondPassScore : 0f;
                    }
                }.rescore(searcher, candidates, size);
            } else {
                top = searcher.search(p.query(), size);
            }
            FacetsCollector matches = collectMatches
                    ? searcher.search(p.matching(), new FacetsCollectorManager()) : null;
            return new Ran(top, matches);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query is too broad: it expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms; use fewer words or longer prefixes");
        }
    }

    private static long total(FacetsCollector collected) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    private static Sort newestFirst() {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }

    private static ScoreDoc[] page(TopDocs top, int offset) {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(offset, all.length);
        ScoreDoc[] page = new ScoreDoc[all.length - from];
        System.arraycopy(all, from, page, 0, page.length);
        return page;
    }

    /** Snippets of the page's documents, null where nothing highlights (or the search has no words). */
    private String[] highlight(SearchRequest request, Prepared p, ScoreDoc[] page) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        if (p.listAll()) {
            return new String[docIds.length];
        }
        String field = p.target() == ArticleQueryParser.Target.ARTICLES ? IndexSchema.TEXT : IndexSchema.FACT_TEXT;
        return snippets.highlight(field, ArticleQueryParser.parseAsTyped(request.query(), p.target()), p.parsed(),
                docIds);
    }

    private List<Hit> hits(SearchRequest request, Prepared p, TopDocs top) throws IOException {
        ScoreDoc[] page = page(top, request.offset());
        String[] highlighted = highlight(request, p, page);
        Query asTyped = p.listAll() ? p.parsed() : ArticleQueryParser.parseAsTyped(request.query());
        FactMatcher facts = new FactMatcher(asTyped, p.filters());
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            ArticleRecord r = load(page[i].doc);
            String snippet = highlighted[i] != null ? highlighted[i] : Snippets.leading(r.text());
            float score = page[i].score;
            hits.add(new Hit(r.id(), r.url(), r.title(), r.published(), r.province(),
                    Float.isNaN(score) ? 0f : score, snippet, facts.matchingFacts(r)));
        }
        return hits;
    }

    /**
     * Hands the records of the articles matching {@code request} (its page ignored) to {@code sink}, best first
     * (newest first for a query of filters only), at most {@code max} (at most {@value #MAX_EXPORT}); returns how
     * many.
     */
    public int forEachArticle(SearchRequest request, int max, Consumer<ArticleRecord> sink) throws IOException {
        Prepared p = prepare(request, IndexSchema.DOCTYPE_ARTICLE);
        TopDocs top = run(p, exportSize(max), false).top();
        for (ScoreDoc doc : top.scoreDocs) {
            sink.accept(load(doc.doc));
        }
        return top.scoreDocs.length;
    }

    /** Like {@link #forEachArticle}, for the matching facts (without snippets). */
    public int forEachFact(SearchRequest request, int max, Consumer<FactHit> sink) throws IOException {
        Prepared p = prepare(request, IndexSchema.DOCTYPE_FACT);
        TopDocs top = run(p, exportSize(max), false).top();
        for (ScoreDoc doc : top.scoreDocs) {
            sink.accept(FactHits.load(searcher, doc.doc, null));
        }
        return top.scoreDocs.length;
    }

    private static int exportSize(int max) {
        if (max < 1 || max > MAX_EXPORT) {
            throw new IllegalArgumentException("an export holds 1 to " + MAX_EXPORT + " rows: " + max);
        }
        return max;
    }

    /** The agency's page: its articles per year, officials, tasks over time and directives received. */
    public AgencyProfile agencyProfile(String name) throws IOException {
        return AgencyProfile.of(this, name);
    }

    /** The stored record with this id, or null when the index has none. */
    public ArticleRecord get(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
        return top.scoreDocs.length == 0 ? null : load(top.scoreDocs[0].doc);
    }

    /** Articles in this view of the index. */
    public int numDocs() throws IOException {
        return searcher.count(new TermQuery(new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE)));
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

    private static ExecutorService newPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "tindex-search-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() throws IOException {
        pool.shutdown();
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}

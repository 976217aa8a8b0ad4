package vn.tindex.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The keyword and date filters of a {@link SearchRequest}, and the same tests on names for matching facts. */
final class ArticleFilters {
    private final String agencyKey;
    private final String officialKey;
    private final String provinceKey;

    ArticleFilters(SearchRequest request) {
        this.agencyKey = request.agency() == null ? null : IndexSchema.key(request.agency());
        this.officialKey = request.official() == null ? null : IndexSchema.key(request.official());
        this.provinceKey = request.province() == null ? null : IndexSchema.provinceKey(request.province());
    }

    /** Filter clauses (no scoring) for the request; empty when it has no filters. */
    static List<Query> queries(SearchRequest request) {
        ArticleFilters filters = new ArticleFilters(request);
        List<Query> queries = new ArrayList<>();
        if (filters.agencyKey != null) {
            queries.add(filters.agencyQuery());
        }
        if (filters.officialKey != null) {
            queries.add(keyQuery(IndexSchema.OFFICIAL_KEY, filters.officialKey));
        }
        if (filters.provinceKey != null) {
            queries.add(keyQuery(IndexSchema.PROVINCE_KEY, filters.provinceKey));
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            queries.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to));
        }
        return queries;
    }

    /**
     * A scoring clause for the agency filter: articles that mention the agency more often rank higher (analysts ask
     * "nhiệm vụ trọng tâm" of an agency: the articles about it come first). Null without an agency filter.
     */
    private static final float AGENCY_RELEVANCE_BOOST = 3f;

    static Query agencyRelevance(SearchRequest request) {
        if (request.agency() == null || IndexSchema.key(request.agency()).isEmpty()) {
            return null;
        }
        return new BoostQuery(new TermQuery(new Term(IndexSchema.AGENCY_MENTION, IndexSchema.key(request.agency()))),
                AGENCY_RELEVANCE_BOOST);
    }

    /** Canonical name equal to the value or starting with it and a space, or short form equal to it. */
    private Query agencyQuery() {
        if (agencyKey.isEmpty()) {
            return new MatchNoDocsQuery("agency filter has no words");
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.AGENCY_KEY, agencyKey)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(IndexSchema.AGENCY_KEY, agencyKey + " ")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexSchema.AGENCY_SHORT_KEY, agencyKey)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query keyQuery(String field, String key) {
        return key.isEmpty() ? new MatchNoDocsQuery(field + " filter has no words")
                : new TermQuery(new Term(field, key));
    }

    boolean hasAgency() {
        return agencyKey != null;
    }

    boolean hasOfficial() {
        return officialKey != null;
    }

    /** Whether a canonical agency name (or, when given, its short form) passes the agency filter. */
    boolean agencyMatches(String name, String shortName) {
        if (agencyKey == null || agencyKey.isEmpty()) {
            return false;
        }
        String nameKey = IndexSchema.key(name);
        return nameKey.equals(agencyKey) || nameKey.startsWith(agencyKey + " ")
                || (shortName != null && IndexSchema.key(shortName).equals(agencyKey));
    }

    boolean officialMatches(String name) {
        return officialKey != null && !officialKey.isEmpty() && IndexSchema.key(name).equals(officialKey);
    }
}

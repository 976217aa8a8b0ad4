package vn.tindex.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a {@link SearchRequest} as Lucene filter clauses, and the agency and official names a search asks
 * for (from the request and from the query's own {@code agency:}/{@code official:} clauses), to pick matching facts.
 */
final class ArticleFilters {
    private static final float AGENCY_RELEVANCE_BOOST = 3f;

    private final List<String> agencyKeys;
    private final List<String> officialKeys;

    /** {@code parsed} is the request's parsed query, whose positive filter clauses count as filters too. */
    ArticleFilters(SearchRequest request, Query parsed) {
        this.agencyKeys = keys(request.agency() == null ? null : IndexSchema.key(request.agency()),
                QueryParts.filterKeys(parsed, IndexSchema.AGENCY_KEY));
        this.officialKeys = keys(request.official() == null ? null : IndexSchema.key(request.official()),
                QueryParts.filterKeys(parsed, IndexSchema.OFFICIAL_KEY));
    }

    private static List<String> keys(String fromRequest, List<String> fromQuery) {
        List<String> keys = new ArrayList<>();
        if (fromRequest != null && !fromRequest.isEmpty()) {
            keys.add(fromRequest);
        }
        fromQuery.stream().filter(k -> !k.isEmpty() && !keys.contains(k)).forEach(keys::add);
        return List.copyOf(keys);
    }

    /** Filter clauses (no scoring) for the request's options; empty when it has none. */
    static List<Query> queries(SearchRequest request) {
        List<Query> queries = new ArrayList<>();
        if (request.agency() != null) {
            queries.add(FilterFields.agency(IndexSchema.key(request.agency())));
        }
        if (request.official() != null) {
            queries.add(FilterFields.keyQuery(IndexSchema.OFFICIAL_KEY, IndexSchema.key(request.official())));
        }
        if (request.province() != null) {
            queries.add(FilterFields.keyQuery(IndexSchema.PROVINCE_KEY, IndexSchema.provinceKey(request.province())));
        }
        if (request.post() != null) {
            queries.add(FilterFields.keyQuery(IndexSchema.POST_KEY, IndexSchema.key(request.post())));
        }
        if (request.kind() != null) {
            queries.add(new TermQuery(new Term(IndexSchema.KIND, request.kind().shortName())));
        }
        if (request.year() != null) {
            queries.add(IntPoint.newExactQuery(IndexSchema.YEAR, request.year()));
        }
        if (!request.date().isAll()) {
            queries.add(FilterFields.days("date", request.date().from(), request.date().to()));
        }
        if (!request.published().isAll()) {
            queries.add(FilterFields.days("published", request.published().from(), request.published().to()));
        }
        if (!request.meeting().isAll()) {
            queries.add(FilterFields.days("meeting", request.meeting().from(), request.meeting().to()));
        }
        return queries;
    }

    /**
     * A scoring clause for the agency filters: articles that mention the agency more often rank higher (analysts
     * ask "nhiệm vụ trọng tâm" of an agency: the articles about it come first). Null without an agency filter.
     */
    Query agencyRelevance() {
        if (agencyKeys.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String key : agencyKeys) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexSchema.AGENCY_MENTION, key)), AGENCY_RELEVANCE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    boolean hasAgency() {
        return !agencyKeys.isEmpty();
    }

    boolean hasOfficial() {
        return !officialKeys.isEmpty();
    }

    /** Whether a canonical agency name (or, when given, its short form) passes an agency filter. */
    boolean agencyMatches(String name, String shortName) {
        String nameKey = IndexSchema.key(name);
        String shortKey = shortName == null ? null : IndexSchema.key(shortName);
        for (String key : agencyKeys) {
            if (nameKey.equals(key) || nameKey.startsWith(key + " ") || key.equals(shortKey)) {
                return true;
            }
        }
        return false;
    }

    boolean officialMatches(String name) {
        return officialKeys.contains(IndexSchema.key(name));
    }
}

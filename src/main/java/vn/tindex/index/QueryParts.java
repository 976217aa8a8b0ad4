package vn.tindex.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/** What a query asks for, read from its text or its parsed form: its words apart from its filters. */
final class QueryParts {
    /** A filter clause as typed: {@code agency:"Sở Xây dựng"}, {@code -year:2020}, {@code year:[2019 TO 2021]}. */
    private static final Pattern FILTER_CLAUSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[-+]?(?:" + String.join("|", FilterFields.NAMES)
                    + "):(?:\"[^\"]*\"|[\\[{][^\\]}]*[\\]}]|\\S+)");

    private QueryParts() {}

    /** The query without its filter clauses: {@code nhiệm vụ agency:"Sở Xây dựng"} gives {@code nhiệm vụ}. */
    static String textPart(String query) {
        return FILTER_CLAUSE.matcher(query).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }

    /** Whether the query searches words (not only filters): something a hit must or may contain. */
    static boolean hasText(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return isTextField(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                found[0] |= terms.length > 0;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static boolean isTextField(String field) {
        return IndexSchema.TEXT.equals(field) || IndexSchema.TITLE.equals(field)
                || IndexSchema.TEXT_FOLDED.equals(field) || IndexSchema.TITLE_FOLDED.equals(field)
                || IndexSchema.FACT_TEXT.equals(field) || IndexSchema.FACT_TEXT_FOLDED.equals(field);
    }

    /**
     * The keys a query's filter clauses require or allow on {@code keyField} ({@link IndexSchema#AGENCY_KEY},
     * {@link IndexSchema#OFFICIAL_KEY}), excluded ones left out: {@code agency:"Sở Xây dựng"} gives
     * {@code so xay dung}.
     */
    static List<String> filterKeys(Query query, String keyField) {
        List<String> keys = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return keyField.equals(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    if (!keys.contains(t.text())) {
                        keys.add(t.text());
                    }
                }
            }
        });
        return keys;
    }
}

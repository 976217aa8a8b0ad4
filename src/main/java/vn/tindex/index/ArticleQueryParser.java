package vn.tindex.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses the user's query with Lucene's classic syntax: words (all required), {@code "quoted phrases"},
 * {@code OR}, {@code -word}, {@code word*}, and {@code title:}/{@code text:} to search one field only. Each term
 * is searched on the exact fields (boosted) or the folded ones, so unaccented queries work and the exact
 * spelling ranks first. A malformed query is an {@link IllegalArgumentException} saying what is wrong and where.
 */
final class ArticleQueryParser {
    static final float EXACT_BOOST = 3f;
    private static final String DEFAULT_FIELD = "_default";
    /** What each field name the user may write stands for. */
    private static final Map<String, List<String>> SCOPES = Map.of(
            DEFAULT_FIELD, List.of(IndexSchema.TITLE, IndexSchema.TEXT),
            IndexSchema.TITLE, List.of(IndexSchema.TITLE),
            IndexSchema.TEXT, List.of(IndexSchema.TEXT));

    private static final float PHRASE_BOOST = 6f;
    private static final float PHRASE_PRESENCE = 10f;

    private ArticleQueryParser() {}

    /** The query for {@code text}; a blank text matches all articles. */
    static Query parse(String text) {
        return parse(text, false);
    }

    /**
     * The query as typed, for highlighting and picking facts: a term typed with diacritics is looked up on the
     * exact fields only ({@code chỉ} marks {@code chỉ}, not {@code chí}); a term typed without them on both.
     */
    static Query parseAsTyped(String text) {
        return parse(text, true);
    }

    /**
     * For a plain query of several words ("nhiệm vụ trọng tâm"), the same words as a phrase, to rank articles where
     * they stand together above those where they are scattered; null for one word or a query with syntax.
     */
    static Query phraseBoost(String text) {
        if (text == null || !text.strip().contains(" ") || !text.matches("[\\p{L}\\p{M}\\p{N}\\s]+")) {
            return null;
        }
        // Folded terms are common ("trong" stands for trong, trọng, tròng...), so their idf is low: an unaccented
        // phrase needs a larger boost to weigh what an accented one does.
        float boost = Folding.hasDiacritics(text) ? PHRASE_BOOST : 4 * PHRASE_BOOST;
        Query phrase = parse("\"" + text.strip() + "\"", false);
        // Holding the words together at all matters more than how often: a flat bonus for the phrase's presence.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(phrase, boost), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(phrase), PHRASE_PRESENCE), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query parse(String text, boolean asTyped) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        checkBalanced(text);
        // '/' starts a regular expression in the classic syntax; here it is just text ("15/10/2020").
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                escaped.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '/') {
                inserted.add(escaped.length());
                escaped.append('\\');
            }
            escaped.append(c);
        }
        try {
            Query query = new Parser(asTyped).parse(escaped.toString());
            return query == null ? new BooleanQuery.Builder().build() : query;
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query '" + text + "': " + reason(e, inserted), e);
        }
    }

    /** Unbalanced quotes and parentheses, reported with the column of the culprit (1-based). */
    private static void checkBalanced(String text) {
        int openQuote = -1;
        List<Integer> openParens = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // escaped character
            } else if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && c == '(') {
                openParens.add(i);
            } else if (openQuote < 0 && c == ')') {
                if (openParens.isEmpty()) {
                    throw malformed(text, "')' at column " + (i + 1) + " has no matching '('");
                }
                openParens.remove(openParens.size() - 1);
            }
        }
        if (openQuote >= 0) {
            throw malformed(text, "the quote at column " + (openQuote + 1) + " is never closed");
        }
        if (!openParens.isEmpty()) {
            throw malformed(text, "'(' at column " + (openParens.get(openParens.size() - 1) + 1)
                    + " is never closed");
        }
    }

    private static IllegalArgumentException malformed(String text, String reason) {
        return new IllegalArgumentException("cannot parse query '" + text + "': " + reason);
    }

    /** One line instead of the parser's list of expected tokens. */
    private static String reason(ParseException e, List<Integer> insertedEscapes) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            return next.kind == 0 ? "the query ends too early"
                    : "unexpected '" + next.image + "' at column " + originalColumn(next.beginColumn, insertedEscapes);
        }
        String message = root.getMessage() == null ? "syntax error" : root.getMessage();
        message = message.replaceFirst("(?s)^Cannot parse '.*?': ", "");
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** The 1-based column in the user's text of a 0-based index into the escaped text. */
    private static int originalColumn(int escapedIndex, List<Integer> insertedEscapes) {
        int before = 0;
        for (int at : insertedEscapes) {
            if (at < escapedIndex) {
                before++;
            }
        }
        return escapedIndex - before + 1;
    }

    @FunctionalInterface
    private interface FieldQuery {
        Query on(String field) throws ParseException;
    }

    /** Not thread-safe (QueryParser keeps state): one per parse. */
    private static final class Parser extends QueryParser {
        private final boolean asTyped;
        private boolean expanding;

        Parser(boolean asTyped) {
            super(DEFAULT_FIELD, IndexSchema.analyzer());
            setDefaultOperator(Operator.AND);
            setAllowLeadingWildcard(false);
            // One clause per word, so each word may match in any field; otherwise "y tế" would need both
            // words in the same field variant.
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true); // "15/10/2020", "2020-2035": their pieces in order
            this.asTyped = asTyped;
        }

        /** Runs {@code query} on the exact field (boosted) and the folded field of each field in scope. */
        private Query expand(String field, String typed, FieldQuery query) throws ParseException {
            if (expanding) {
                return query.on(field); // a nested call from QueryParserBase, already on a concrete field
            }
            List<String> scope = SCOPES.get(field);
            if (scope == null) {
                throw new ParseException("unknown field '" + field + "' (searchable: title, text; "
                        + "use the agency/official/province filters, or put the words in quotes)");
            }
            expanding = true;
            try {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                int clauses = 0;
                for (String base : scope) {
                    Query exact = query.on(base);
                    Query folded = asTyped && Folding.hasDiacritics(typed) ? null : query.on(base + "_folded");
                    if (exact != null) {
                        any.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                    if (folded != null) {
                        any.add(folded, BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
                return clauses == 0 ? null : any.build();
            } finally {
                expanding = false;
            }
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return expand(field, queryText, f -> super.getFieldQuery(f, queryText, quoted));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return expand(field, queryText, f -> super.getFieldQuery(f, queryText, slop));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return expand(field, termStr, f -> super.getPrefixQuery(f, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) {
                return new MatchAllDocsQuery();
            }
            return expand(field, termStr, f -> super.getWildcardQuery(f, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return expand(field, termStr, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return expand(field, termStr, f -> super.getRegexpQuery(f, termStr));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            throw new ParseException("ranges like [a TO b] are not supported; use the from/to date filters");
        }
    }
}

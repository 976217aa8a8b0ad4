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
 * spelling ranks first. Filter fields ({@link FilterFields}: {@code agency:"Sở Xây dựng"}, {@code year:2020},
 * {@code kind:directive}, ...) restrict without scoring and combine like words ({@code -province:"Hà Nội"},
 * {@code (agency:"Sở Y tế" OR agency:"Sở Xây dựng")}). A malformed query is an {@link IllegalArgumentException}
 * saying what is wrong and where. At most {@value #MAX_PATTERNS} wildcard or fuzzy terms, each with at least
 * {@value #MIN_PATTERN_PREFIX} letters before its first wildcard, so no query enumerates the whole term dictionary.
 */
final class ArticleQueryParser {
    static final float EXACT_BOOST = 3f;
    static final int MAX_PATTERNS = 3;
    static final int MIN_PATTERN_PREFIX = 2;
    private static final String DEFAULT_FIELD = "_default";

    /** What a query searches: articles (title and text) or facts (their evidence text, in fields of its own). */
    enum Target {
        ARTICLES(Map.of(DEFAULT_FIELD, List.of(IndexSchema.TITLE, IndexSchema.TEXT),
                IndexSchema.TITLE, List.of(IndexSchema.TITLE),
                IndexSchema.TEXT, List.of(IndexSchema.TEXT))),
        FACTS(Map.of(DEFAULT_FIELD, List.of(IndexSchema.FACT_TEXT),
                IndexSchema.TEXT, List.of(IndexSchema.FACT_TEXT)));

        /** What each field name the user may write stands for. */
        private final Map<String, List<String>> scopes;

        Target(Map<String, List<String>> scopes) {
            this.scopes = scopes;
        }
    }

    private static final float PHRASE_BOOST = 6f;
    private static final float PHRASE_PRESENCE = 10f;

    private ArticleQueryParser() {}

    /** The query for {@code text} on articles; a blank text matches all articles. */
    static Query parse(String text) {
        return parse(text, false, Target.ARTICLES);
    }

    /** The query for {@code text} on {@code target}; a blank text matches everything. */
    static Query parse(String text, Target target) {
        return parse(text, false, target);
    }

    /**
     * The query as typed, for highlighting and picking facts: a term typed with diacritics is looked up on the
     * exact fields only ({@code chỉ} marks {@code chỉ}, not {@code chí}); a term typed without them on both.
     */
    static Query parseAsTyped(String text) {
        return parse(text, true, Target.ARTICLES);
    }

    static Query parseAsTyped(String text, Target target) {
        return parse(text, true, target);
    }

    /**
     * For a plain query of several words ("nhiệm vụ trọng tâm"), the same words as a phrase, to rank articles where
     * they stand together above those where they are scattered; null for one word or a query with syntax.
     */
    static Query phraseBoost(String query) {
        return phraseBoost(query, Target.ARTICLES);
    }

    static Query phraseBoost(String query, Target target) {
        String text = query == null ? null : QueryParts.textPart(query);
        if (text == null || !text.strip().contains(" ") || !text.matches("[\\p{L}\\p{M}\\p{N}\\s]+")) {
            return null;
        }
        // Folded terms are common ("trong" stands for trong, trọng, tròng...), so their idf is low: an unaccented
        // phrase needs a larger boost to weigh what an accented one does.
        float boost = Folding.hasDiacritics(text) ? PHRASE_BOOST : 4 * PHRASE_BOOST;
        // As typed: an accented phrase is checked on the exact fields only. Folded positions of common syllables
        // are long lists, and reading them for every candidate was most of a query's time.
        Query phrase = parse("\"" + text.strip() + "\"", true, target);
        // Holding the words together at all matters more than how often: a flat bonus for the phrase's presence.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(phrase, boost), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(phrase), PHRASE_PRESENCE), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query parse(String text, boolean asTyped, Target target) {
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
            Query query = new Parser(asTyped, target).parse(escaped.toString());
            return query == null ? new BooleanQuery.Builder().build() : withPositiveClause(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query '" + text + "': " + reason(e, inserted), e);
        }
    }

    /** {@code -word} alone matches nothing in Lucene; here it means every article without the word. */
    private static Query withPositiveClause(Query query) {
        if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return query;
        }
        for (BooleanClause clause : bq.clauses()) {
            if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
                return query;
            }
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        bq.clauses().forEach(builder::add);
        return builder.build();
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
        private final Target target;
        private boolean expanding;
        private int patterns;

        Parser(boolean asTyped, Target target) {
            super(DEFAULT_FIELD, IndexSchema.analyzer());
            setDefaultOperator(Operator.AND);
            setAllowLeadingWildcard(false);
            // One clause per word, so each word may match in any field; otherwise "y tế" would need both
            // words in the same field variant.
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true); // "15/10/2020", "2020-2035": their pieces in order
            this.asTyped = asTyped;
            this.target = target;
        }

        /** Runs {@code query} on the exact field (boosted) and the folded field of each field in scope. */
        private Query expand(String field, String typed, FieldQuery query) throws ParseException {
            if (expanding) {
                return query.on(field); // a nested call from QueryParserBase, already on a concrete field
            }
            List<String> scope = target.scopes.get(field);
            if (scope == null && target == Target.FACTS && IndexSchema.TITLE.equals(field)) {
                throw new ParseException("title: searches articles; a fact has only its text");
            }
            if (scope == null) {
                throw new ParseException("unknown field '" + field + "' (fields: title, text, "
                        + String.join(", ", FilterFields.NAMES) + "; or put the words in quotes)");
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

        /** A filter clause: restricts, adds nothing to the score. */
        private static Query filter(FieldQuery query) throws ParseException {
            try {
                return new BoostQuery(new ConstantScoreQuery(query.on(null)), 0f);
            } catch (IllegalArgumentException e) {
                throw new ParseException(e.getMessage());
            }
        }

        private static ParseException notAPattern(String field) {
            return new ParseException(field + ": takes a value (in quotes when it has spaces), not a pattern");
        }

        /** Counts wildcard and fuzzy terms and checks each has enough letters before its first wildcard. */
        private void checkPattern(String field, String termStr, int literalPrefix) throws ParseException {
            if (expanding) {
                return; // counted once, before expanding to the exact and folded fields
            }
            if (FilterFields.isFilter(field)) {
                throw notAPattern(field);
            }
            if (++patterns > MAX_PATTERNS) {
                throw new ParseException("at most " + MAX_PATTERNS + " wildcard or fuzzy terms in a query");
            }
            if (literalPrefix < MIN_PATTERN_PREFIX) {
                throw new ParseException("'" + termStr + "' needs at least " + MIN_PATTERN_PREFIX
                        + " letters before a wildcard");
            }
        }

        private static int literalPrefix(String termStr) {
            int i = 0;
            while (i < termStr.length() && termStr.charAt(i) != '*' && termStr.charAt(i) != '?') {
                i++;
            }
            return i;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (!expanding && FilterFields.isFilter(field)) {
                return filter(f -> FilterFields.query(field, queryText));
            }
            return expand(field, queryText, f -> super.getFieldQuery(f, queryText, quoted));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (!expanding && FilterFields.isFilter(field)) {
                return filter(f -> FilterFields.query(field, queryText));
            }
            return expand(field, queryText, f -> super.getFieldQuery(f, queryText, slop));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkPattern(field, termStr + "*", termStr.length());
            return expand(field, termStr, f -> super.getPrefixQuery(f, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) {
                return new MatchAllDocsQuery();
            }
            checkPattern(field, termStr, literalPrefix(termStr));
            return expand(field, termStr, f -> super.getWildcardQuery(f, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkPattern(field, termStr + "~", termStr.length());
            return expand(field, termStr, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            checkPattern(field, "/" + termStr + "/", 0);
            return expand(field, termStr, f -> super.getRegexpQuery(f, termStr));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            if (!FilterFields.isFilter(field)) {
                throw new ParseException("ranges like [a TO b] work on year, date, published and meeting, not on "
                        + ("_default".equals(field) ? "words" : field));
            }
            return filter(f -> FilterFields.range(field, part1, part2, startInclusive, endInclusive));
        }
    }
}

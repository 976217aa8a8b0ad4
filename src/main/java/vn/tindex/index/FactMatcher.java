package vn.tindex.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/**
 * Picks the facts of a record that relate to a search: those that contain the query's terms and phrases (all of
 * them, or else as many as any fact contains; compared folded when typed without diacritics, exactly otherwise),
 * and those that match the agency or official filter. One instance per search; safe to share once built.
 */
final class FactMatcher {
    private static final int MAX_FACTS = 20;

    /**
     * A term or phrase of the query: one test per token, matched at consecutive tokens of the fact's exact
     * tokens, or of its folded tokens when the user typed the term without diacritics.
     */
    private record Needle(boolean folded, List<Predicate<String>> tokens) {
        boolean foundIn(Candidate candidate) {
            List<String> text = folded ? candidate.folded() : candidate.exact();
            for (int start = 0; start + tokens.size() <= text.size(); start++) {
                int i = 0;
                while (i < tokens.size() && tokens.get(i).test(text.get(start + i))) {
                    i++;
                }
                if (i == tokens.size()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A candidate fact and the tokens it is matched on, as the exact and the folded analyzer give them. */
    private record Candidate(FactRef ref, List<String> exact, List<String> folded, boolean filterMatch) {}

    private final List<Needle> needles;
    private final ArticleFilters filters;

    /** {@code query} is the query as typed ({@link ArticleQueryParser#parseAsTyped}). */
    FactMatcher(Query query, ArticleFilters filters) {
        this.needles = needles(query);
        this.filters = filters;
    }

    List<FactRef> matchingFacts(ArticleRecord r) {
        if (needles.isEmpty() && !filters.hasAgency() && !filters.hasOfficial()) {
            return List.of();
        }
        List<Candidate> candidates = candidates(r);
        int[] found = new int[candidates.size()];
        int best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            for (Needle needle : needles) {
                if (needle.foundIn(candidates.get(i))) {
                    found[i]++;
                }
            }
            best = Math.max(best, found[i]);
        }
        List<FactRef> facts = new ArrayList<>();
        Set<FactRef> seen = new HashSet<>();
        for (int i = 0; i < candidates.size() && facts.size() < MAX_FACTS; i++) {
            Candidate c = candidates.get(i);
            boolean byQuery = best > 0 && found[i] == best;
            if ((byQuery || c.filterMatch()) && seen.add(c.ref())) {
                facts.add(c.ref());
            }
        }
        return facts;
    }

    private List<Candidate> candidates(ArticleRecord r) {
        Set<String> filteredAgencies = new HashSet<>(); // canonical names (folded) picked by the agency filter
        for (Agency a : r.agencies()) {
            if (filters.agencyMatches(a.name(), a.shortName())) {
                filteredAgencies.add(IndexSchema.key(a.name()));
            }
        }
        Predicate<String> agency = name -> name != null
                && (filteredAgencies.contains(IndexSchema.key(name)) || filters.agencyMatches(name, null));
        Predicate<String> official = name -> name != null && filters.officialMatches(name);

        List<Candidate> out = new ArrayList<>();
        int i = 0;
        for (TaskCount t : r.taskCounts()) {
            add(out, ref(r, FactKind.TASKCOUNT, t, i++, FactLabels.label(t), t.text()),
                    agency.test(t.assignee()) || agency.test(t.assignedBy()),
                    t.task(), t.text(), t.assignee(), t.assignedBy());
        }
        i = 0;
        for (Directive d : r.directives()) {
            add(out, ref(r, FactKind.DIRECTIVE, d, i++, FactLabels.label(d), d.content() != null ? d.content() : d.text()),
                    official.test(d.speaker()) || agency.test(d.speaker()) || agency.test(d.addressee()),
                    d.text(), d.content(), d.speaker(), d.speakerTitle(), d.addressee());
        }
        i = 0;
        for (Event e : r.events()) {
            boolean byFilter = official.test(e.chair()) || e.agencies().stream().anyMatch(agency);
            List<String> parts = new ArrayList<>(List.of(nz(e.type()), nz(e.text()), nz(e.chair())));
            parts.addAll(e.agencies());
            add(out, ref(r, FactKind.EVENT, e, i++, FactLabels.label(e), e.text()), byFilter,
                    parts.toArray(String[]::new));
        }
        i = 0;
        for (Official o : r.officials()) {
            add(out, ref(r, FactKind.OFFICIAL, o, i++, o.name(), FactLabels.joinWith(", ", o.title(), o.organization())),
                    official.test(o.name()) || agency.test(o.organization()),
                    o.name(), o.title(), o.organization());
        }
        i = 0;
        for (Agency a : r.agencies()) {
            boolean byFilter = filteredAgencies.contains(IndexSchema.key(a.name()));
            add(out, ref(r, FactKind.AGENCY, a, i++, a.name(), a.shortName()), byFilter, a.name(), a.shortName());
        }
        i = 0;
        for (DateFact d : r.dates()) {
            add(out, ref(r, FactKind.DATE, d, i++, FactLabels.label(d), d.text()), false, d.text());
        }
        return out;
    }

    /** The fact's reference with its position in the record and its span in the text. */
    static FactRef ref(ArticleRecord r, FactKind kind, Object fact, int index, String label, String text) {
        Mention span = kind.span(fact, r.text());
        return new FactRef(kind.shortName(), label, text, index,
                span == null ? null : span.start(), span == null ? null : span.end());
    }

    private static void add(List<Candidate> out, FactRef ref, boolean filterMatch, String... texts) {
        List<String> exact = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                if (!exact.isEmpty()) {
                    exact.add(""); // no phrase across two parts
                    folded.add("");
                }
                for (String token : IndexSchema.exactTokens(text)) {
                    exact.add(token);
                    folded.add(Folding.fold(token));
                }
            }
        }
        out.add(new Candidate(ref, exact, folded, filterMatch));
    }

    /**
     * The terms and phrases the query requires or allows (negated ones left out). Each is kept once, keyed by
     * its folded text: folded when the query searches it on a folded field (typed without diacritics), exact
     * otherwise.
     */
    private static List<Needle> needles(Query query) {
        Map<String, Needle> exact = new LinkedHashMap<>();
        Map<String, Needle> folded = new LinkedHashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return IndexSchema.TEXT.equals(field) || IndexSchema.TITLE.equals(field)
                        || IndexSchema.TEXT_FOLDED.equals(field) || IndexSchema.TITLE_FOLDED.equals(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (terms.length == 0) {
                    return;
                }
                boolean isFolded = terms[0].field().endsWith("_folded");
                Map<String, Needle> into = isFolded ? folded : exact;
                if (q instanceof PhraseQuery) {
                    List<Predicate<String>> tokens = new ArrayList<>();
                    StringBuilder key = new StringBuilder("\"");
                    for (Term t : terms) {
                        String text = t.text();
                        tokens.add(text::equals);
                        key.append(Folding.fold(text)).append(' ');
                    }
                    into.putIfAbsent(key.toString(), new Needle(isFolded, tokens));
                } else {
                    for (Term t : terms) {
                        String text = t.text();
                        into.putIfAbsent(Folding.fold(text), new Needle(isFolded, List.of(text::equals)));
                    }
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                ByteRunAutomaton run = automaton.get();
                Predicate<String> matches = token -> {
                    BytesRef bytes = new BytesRef(token);
                    return run.run(bytes.bytes, bytes.offset, bytes.length);
                };
                boolean isFolded = field.endsWith("_folded");
                String key = "~" + q.getClass().getSimpleName() + ":" + Folding.fold(patternOf(q, field));
                (isFolded ? folded : exact).putIfAbsent(key, new Needle(isFolded, List.of(matches)));
            }
        });
        List<Needle> needles = new ArrayList<>(folded.values());
        exact.forEach((key, needle) -> {
            if (!folded.containsKey(key)) {
                needles.add(needle);
            }
        });
        return List.copyOf(needles);
    }

    /** The text of a prefix, wildcard, fuzzy or regexp query, without its field. */
    private static String patternOf(Query q, String field) {
        if (q instanceof PrefixQuery p) {
            return p.getPrefix().text();
        }
        if (q instanceof WildcardQuery w) {
            return w.getTerm().text();
        }
        if (q instanceof FuzzyQuery f) {
            return f.getTerm().text();
        }
        if (q instanceof RegexpQuery r) {
            return r.getRegexp().text();
        }
        return q.toString(field);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.model.Agency;
import vn.tindex.model.Article;
import vn.tindex.model.Mention;
import vn.tindex.text.TokenKeys;

/**
 * Finds agencies with the gazetteer and names each canonically: abbreviations expanded, one tone convention, and
 * the jurisdiction that the text writes after it ("UBND tỉnh Lạng Sơn", "Huyện ủy Lộc Bình") or, for a
 * department written alone, the article's province. "Sở" alone is the department last named; generic plurals
 * ("các Sở", "UBND cấp huyện") are not agencies. Names are those in force on the article's date: a form of several
 * bodies ("Sở Nông nghiệp") is the one of that date, and from 2025-07-01 a province merged then is named by the
 * province it became part of, unless the text writes it ("UBND tỉnh Hà Giang" stays as written).
 */
public final class AgencyAnnotator implements Annotator {
    private static final Set<String> GENERIC_BEFORE = Set.of("các", "những", "mọi");
    private static final Set<String> GENERIC_AFTER = Set.of("cấp", "các", "những", "trên", "có");
    private final AgencyGazetteer gazetteer;
    private final ProvinceResolver provinces;
    private final boolean rules;
    private final boolean statistical;

    /** Rules only. */
    public AgencyAnnotator(AgencyGazetteer gazetteer) {
        this(gazetteer, true, false);
    }

    /**
     * With {@code rules} the gazetteers find the bodies they know; with {@code statistical} the tagger's ORG spans
     * add the bodies they do not (spans overlapping a rule mention are left to the rule).
     */
    public AgencyAnnotator(AgencyGazetteer gazetteer, boolean rules, boolean statistical) {
        this.gazetteer = gazetteer;
        this.provinces = new ProvinceResolver(gazetteer);
        this.rules = rules;
        this.statistical = statistical;
    }

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        Article article = document.get(FactKeys.ArticleKey.class);
        LocalDate date = document.get(FactKeys.ArticleDate.class);
        Place province = provinces.resolve(article, tokens, date);
        if (province != null) {
            document.set(FactKeys.ProvinceKey.class, province.name());
        }
        Jurisdictions places = new Jurisdictions(gazetteer, province, date);
        List<AgencyMention> mentions = new ArrayList<>();
        AgencyMention lastDept = null;
        for (int i = 0; i < tokens.size() && rules; i++) {
            CoreLabel token = tokens.get(i);
            if (!Character.isUpperCase(token.originalText().charAt(0))) {
                continue;
            }
            PhraseTrie.Match<Body> match = gazetteer.body(tokens, i, date);
            if (match == null) {
                if (token.get(TokenKeys.Lower.class).equals("sở") && lastDept != null) {
                    mentions.add(copyAt(lastDept, tokens, i, i + 1));
                }
                continue;
            }
            List<AgencyMention> listed = listed(match, tokens, places);
            if (!listed.isEmpty()) {
                mentions.addAll(listed);
                i = listed.get(listed.size() - 1).tokenEnd() - 1;
                continue;
            }
            if (isMembership(match, tokens, i)) {
                i = match.end() - 1;
                continue;
            }
            boolean generic = i > 0 && GENERIC_BEFORE.contains(tokens.get(i - 1).get(TokenKeys.Lower.class))
                    || match.end() < tokens.size()
                    && GENERIC_AFTER.contains(tokens.get(match.end()).get(TokenKeys.Lower.class));
            Resolved r = generic ? null : resolve(match, tokens, places);
            if (r == null) {
                i = match.end() - 1;
                continue;
            }
            int start = token.beginPosition();
            int end = tokens.get(r.end - 1).endPosition();
            AgencyMention mention = new AgencyMention(start, end, i, r.end, r.name, r.shortName, r.level,
                    match.value().canonical(), directing(match.value()));
            mentions.add(mention);
            if (match.value().scope() == Body.Scope.DEPT) {
                lastDept = mention;
            }
            i = r.end - 1;
        }
        if (statistical) {
            boolean[] taken = new boolean[tokens.size()];
            for (AgencyMention m : mentions) {
                for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                    taken[k] = true;
                }
            }
            mentions.addAll(SpanAgencies.of(document.get(FactKeys.NerSpans.class), tokens,
                    document.get(TokenKeys.CanonicalText.class), places, taken, !rules));
            mentions.sort(java.util.Comparator.comparingInt(AgencyMention::start));
        }
        document.set(FactKeys.AgencyMentions.class, mentions);
        document.set(FactKeys.Agencies.class, agencies(mentions, text));
    }

    private record Resolved(String name, String shortName, String level, int end) {}

    /**
     * "Tỉnh ủy viên", "Huyện ủy viên" (a membership, naming no body) and "đại biểu Quốc hội" (a deputy, not the
     * Assembly acting): the committee or assembly word there is not a mention of the body.
     */
    private static boolean isMembership(PhraseTrie.Match<Body> match, List<CoreLabel> tokens, int i) {
        Body body = match.value();
        if (body.scope() == Body.Scope.PARTY && match.end() < tokens.size()
                && tokens.get(match.end()).get(TokenKeys.Lower.class).equals("viên")) {
            return true;
        }
        return body.canonical().equals("Quốc hội") && i > 0
                && tokens.get(i - 1).get(TokenKeys.Lower.class).equals("biểu");
    }

    /**
     * "UBND các huyện Bát Xát, Văn Bàn, Sa Pa": a local body over a list of named places is one body per place; the
     * first mention spans the body and the first name, each later one its name. Empty when no list follows.
     */
    private static List<AgencyMention> listed(PhraseTrie.Match<Body> match, List<CoreLabel> tokens,
                                              Jurisdictions places) {
        List<AgencyMention> found = new ArrayList<>();
        Body body = match.value();
        int p = match.end();
        if (body.scope() != Body.Scope.LOCAL || p + 2 >= tokens.size()
                || !tokens.get(p).get(TokenKeys.Lower.class).equals("các")) {
            return found;
        }
        String plural = tokens.get(p + 1).get(TokenKeys.Lower.class);
        String prefix = switch (plural) {
            case "huyện", "quận", "xã", "phường" -> plural;
            default -> null;
        };
        if (prefix == null) {
            return found;
        }
        int start = match.start();
        int q = p + 2;
        while (q < tokens.size()) {
            Jurisdictions.Found place = places.named(prefix, tokens, q);
            if (place == null) {
                break;
            }
            Place pl = place.place();
            found.add(new AgencyMention(tokens.get(start).beginPosition(), tokens.get(place.end() - 1).endPosition(),
                    start, place.end(), body.canonical() + " " + pl.written(), body.shortForm() + " " + pl.written(),
                    pl.level(), body.canonical(), directing(body)));
            q = place.end();
            String w = q < tokens.size() ? tokens.get(q).get(TokenKeys.Lower.class) : "";
            if (!w.equals(",") && !w.equals("và")) {
                break;
            }
            q++;
            start = q;
        }
        return found.size() >= 2 ? found : List.of();
    }

    private static Resolved resolve(PhraseTrie.Match<Body> match, List<CoreLabel> tokens, Jurisdictions places) {
        Body body = match.value();
        int end = match.end();
        switch (body.scope()) {
            case CENTRAL:
                return new Resolved(body.canonical(), body.shortForm(), "central", end);
            case DEPT: {
                Jurisdictions.Found found = places.province(tokens, end);
                Place p = found == null ? places.defaultProvince() : found.place();
                int last = found == null ? end : found.end();
                return p == null ? new Resolved(body.canonical(), body.shortForm(), "province", last)
                        : new Resolved(body.canonical() + " " + p.written(), body.shortForm(), "province", last);
            }
            case LOCAL:
            case DISTRICTDEPT: {
                Jurisdictions.Found found = places.any(tokens, end);
                if (found == null && body.scope() == Body.Scope.DISTRICTDEPT) {
                    found = places.localDefault(end);
                }
                if (found == null) {
                    return null;
                }
                Place p = found.place();
                if (body.canonical().equals("Ban Chấp hành Đảng bộ")) {
                    String committee = committeeOf(p);
                    return new Resolved(committee, committee, p.level(), found.end());
                }
                return new Resolved(body.canonical() + " " + p.written(), body.shortForm() + " " + p.written(),
                        p.level(), found.end());
            }
            case PARTY: {
                Jurisdictions.Found found = places.forParty(body.canonical(), tokens, end);
                if (found == null) {
                    return null;
                }
                String place = body.canonical().equals("Đảng ủy") ? found.place().written() : found.place().name();
                String committee = provincialCommittee(body, found, end, places);
                return new Resolved(committee + " " + place, committee.equals(body.canonical()) ? body.shortForm()
                        : committee, found.place().level(), found.end());
            }
            case PREFIX: {
                if (end >= tokens.size()) {
                    return null;
                }
                PhraseTrie.Match<Body> host = places.gazetteer().body(tokens, end, places.date());
                if (host == null || host.value().scope() != Body.Scope.LOCAL) {
                    return null;
                }
                Resolved of = resolve(host, tokens, places);
                return of == null ? null : new Resolved(body.canonical() + " " + of.name,
                        body.shortForm() + " " + of.shortName, of.level, of.end);
            }
            case PARTYDEPT: {
                if (end >= tokens.size()) {
                    return null;
                }
                PhraseTrie.Match<Body> party = places.gazetteer().body(tokens, end, places.date());
                if (party == null || party.value().scope() != Body.Scope.PARTY) {
                    return null;
                }
                Resolved committee = resolve(party, tokens, places);
                return committee == null ? null : new Resolved(body.canonical() + " " + committee.name,
                        body.shortForm() + " " + committee.shortName, committee.level, committee.end);
            }
            default:
                throw new IllegalStateException("unknown scope " + body.scope());
        }
    }

    /**
     * "Tỉnh ủy" written without its place from 2025-07-01, in an article whose province is then a centrally-run city
     * (Quảng Nam's, merged into Đà Nẵng), is that city's committee, the Thành ủy; otherwise the committee as written.
     */
    private static String provincialCommittee(Body body, Jurisdictions.Found found, int end, Jurisdictions places) {
        boolean cityAlone = found.end() == end && found.place().level().equals("province")
                && found.place().prefix().equals("thành phố");
        boolean merged = places.date() != null && !places.date().isBefore(AgencyGazetteer.PROVINCES_MERGED);
        return cityAlone && merged && body.canonical().equals("Tỉnh ủy") ? "Thành ủy" : body.canonical();
    }

    /** The party committee that a "Ban Chấp hành Đảng bộ" of a place is: Tỉnh ủy X, Huyện ủy X, Đảng ủy xã X. */
    private static String committeeOf(Place p) {
        return switch (p.level()) {
            case "province" -> (p.prefix().equals("thành phố") ? "Thành ủy " : "Tỉnh ủy ") + p.name();
            case "district" -> switch (p.prefix()) {
                case "quận" -> "Quận ủy " + p.name();
                case "thị xã" -> "Thị ủy " + p.name();
                case "thành phố" -> "Thành ủy " + p.name();
                default -> "Huyện ủy " + p.name();
            };
            default -> "Đảng ủy " + p.written();
        };
    }

    /** Bodies whose word is an instruction when they speak: people's committees, party committees, ministries. */
    private static boolean directing(Body body) {
        return body.scope() != Body.Scope.DISTRICTDEPT;
    }

    private static AgencyMention copyAt(AgencyMention of, List<CoreLabel> tokens, int from, int to) {
        return new AgencyMention(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition(), from, to,
                of.name(), of.shortName(), of.level(), of.head(), of.directing());
    }

    private static List<Agency> agencies(List<AgencyMention> mentions, String text) {
        Map<String, List<Mention>> spans = new LinkedHashMap<>();
        Map<String, AgencyMention> first = new HashMap<>();
        for (AgencyMention m : mentions) {
            spans.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(Mention.of(text, m.start(), m.end()));
            first.putIfAbsent(m.name(), m);
        }
        List<Agency> agencies = new ArrayList<>(spans.size());
        spans.forEach((name, list) -> {
            AgencyMention m = first.get(name);
            agencies.add(new Agency(name, m.shortName(), m.level(), list));
        });
        return agencies;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.AgencyMentions.class, FactKeys.Agencies.class, FactKeys.ProvinceKey.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return statistical
                ? Set.of(CoreAnnotations.TokensAnnotation.class, TokenKeys.Lower.class, FactKeys.ArticleDate.class,
                        FactKeys.NerSpans.class)
                : Set.of(CoreAnnotations.TokensAnnotation.class, TokenKeys.Lower.class, FactKeys.ArticleDate.class);
    }
}

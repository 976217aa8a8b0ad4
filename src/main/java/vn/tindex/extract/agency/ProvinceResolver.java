package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.model.Article;
import vn.tindex.text.TokenKeys;

/**
 * The province an article is about: the one its text names most ("tỉnh Lạng Sơn", "Tỉnh ủy Cao Bằng", a district
 * of it), else the one its portal's host names ("langson.gov.vn"), else none. From 2025-07-01 a province merged then
 * votes for the one it became part of: a 2026 article from Hà Giang's portal is about Tuyên Quang.
 */
final class ProvinceResolver {
    private final AgencyGazetteer gazetteer;

    ProvinceResolver(AgencyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The article's province on {@code date} (null: not known), or null. */
    Place resolve(Article article, List<CoreLabel> tokens, LocalDate date) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTrie.Match<Place> match = gazetteer.province(tokens, i);
            if (match == null) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1).get(TokenKeys.Lower.class) : "";
            String before2 = i > 1 ? tokens.get(i - 2).get(TokenKeys.Lower.class) : "";
            boolean named = before.equals("tỉnh") || before.equals("ủy") || before.equals("phố") && !before2.isEmpty();
            int weight = named ? 3 : Character.isUpperCase(tokens.get(i).originalText().charAt(0)) ? 1 : 0;
            Place p = gazetteer.provinceOn(match.value(), date);
            votes.merge(p.name(), weight, Integer::sum);
            places.putIfAbsent(p.name(), p);
            i = match.end() - 1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String before = i > 0 ? tokens.get(i - 1).get(TokenKeys.Lower.class) : "";
            if (!before.equals("huyện") && !before.equals("quận") && !before.equals("xã")) {
                continue;
            }
            PhraseTrie.Match<List<Place>> d = gazetteer.district(tokens, i);
            if (d != null && d.value().size() == 1 && d.value().get(0).province() != null) {
                Place p = gazetteer.provinceOn(gazetteer.provinceNamed(d.value().get(0).province()), date);
                if (p != null) {
                    votes.merge(p.name(), 1, Integer::sum);
                    places.putIfAbsent(p.name(), p);
                }
            }
        }
        if (article != null) {
            for (String hint : new String[] {article.publisher(), article.title()}) {
                for (Place named : gazetteer.provincesIn(hint)) {
                    Place p = gazetteer.provinceOn(named, date);
                    votes.merge(p.name(), 2, Integer::sum);
                    places.putIfAbsent(p.name(), p);
                }
            }
        }
        Place host = article == null ? null : gazetteer.provinceOn(gazetteer.provinceOfHost(article.site()), date);
        if (host != null) {
            votes.merge(host.name(), 2, Integer::sum);
            places.putIfAbsent(host.name(), host);
        }
        return votes.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(e -> places.get(e.getKey())).orElse(null);
    }
}

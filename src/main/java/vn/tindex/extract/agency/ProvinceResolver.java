package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.model.Article;
import vn.tindex.text.TokenKeys;

/**
 * The province an article is about: the one its text names most ("tỉnh Lạng Sơn", "Tỉnh ủy Cao Bằng", a district
 * of it), else the one its portal's host names ("langson.gov.vn"), else none.
 */
final class ProvinceResolver {
    private final AgencyGazetteer gazetteer;

    ProvinceResolver(AgencyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Place resolve(Article article, List<CoreLabel> tokens) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTrie.Match<Place> p = gazetteer.province(tokens, i);
            if (p == null) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1).get(TokenKeys.Lower.class) : "";
            String before2 = i > 1 ? tokens.get(i - 2).get(TokenKeys.Lower.class) : "";
            boolean named = before.equals("tỉnh") || before.equals("ủy") || before.equals("phố") && !before2.isEmpty();
            int weight = named ? 3 : Character.isUpperCase(tokens.get(i).originalText().charAt(0)) ? 1 : 0;
            votes.merge(p.value().name(), weight, Integer::sum);
            places.putIfAbsent(p.value().name(), p.value());
            i = p.end() - 1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String before = i > 0 ? tokens.get(i - 1).get(TokenKeys.Lower.class) : "";
            if (!before.equals("huyện") && !before.equals("quận") && !before.equals("xã")) {
                continue;
            }
            PhraseTrie.Match<List<Place>> d = gazetteer.district(tokens, i);
            if (d != null && d.value().size() == 1 && d.value().get(0).province() != null) {
                String province = d.value().get(0).province();
                votes.merge(province, 1, Integer::sum);
                Place p = gazetteer.provinceNamed(province);
                if (p != null) {
                    places.putIfAbsent(province, p);
                }
            }
        }
        if (article != null) {
            for (String hint : new String[] {article.publisher(), article.title()}) {
                for (Place p : gazetteer.provincesIn(hint)) {
                    votes.merge(p.name(), 2, Integer::sum);
                    places.putIfAbsent(p.name(), p);
                }
            }
        }
        Place host = article == null ? null : gazetteer.provinceOfHost(article.site());
        if (host != null) {
            votes.merge(host.name(), 2, Integer::sum);
            places.putIfAbsent(host.name(), host);
        }
        return votes.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(e -> places.get(e.getKey())).orElse(null);
    }
}

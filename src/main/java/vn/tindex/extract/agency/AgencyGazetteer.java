package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;

/** The bodies and places the agency extractor knows, loaded once from {@code bodies.tsv} and {@code places.tsv}. */
public final class AgencyGazetteer {
    static final String BODIES = "vn/tindex/extract/agency/bodies.tsv";
    static final String PLACES = "vn/tindex/extract/agency/places.tsv";
    static final String COMMUNES = "vn/tindex/extract/agency/communes.txt";

    private final PhraseTrie<Body> bodies = new PhraseTrie<>();
    private final PhraseTrie<Place> provinces = new PhraseTrie<>();
    private final PhraseTrie<List<Place>> districts = new PhraseTrie<>();
    private final PhraseTrie<String> communes = new PhraseTrie<>();
    private final Map<String, Place> provincesByCode = new HashMap<>();
    private final Map<String, Place> provincesByName = new HashMap<>();

    public AgencyGazetteer() {
        for (String[] row : Rules.table(BODIES)) {
            if (row.length < 4) {
                throw new IllegalStateException(BODIES + ": expected 4 columns, got: " + String.join("\\t", row));
            }
            Body body = new Body(Body.Scope.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1], row[2]);
            bodies.add(row[1], body);
            for (String form : row[3].split("\\|")) {
                if (!form.isBlank()) {
                    bodies.add(form, body);
                }
            }
        }
        Map<String, List<Place>> districtsByKey = new HashMap<>();
        for (String[] row : Rules.table(PLACES)) {
            if (row.length < 6) {
                throw new IllegalStateException(PLACES + ": expected 6 columns, got: " + String.join("\\t", row));
            }
            if (row[0].equals("province")) {
                Place p = new Place("province", row[2].equals("thanh_pho") ? "thành phố" : "tỉnh", row[3], row[3]);
                provinces.add(row[1], p);
                provincesByCode.putIfAbsent(row[4], p);
                provincesByName.putIfAbsent(PhraseTrie.key(row[1]), p);
            } else {
                String prefix = switch (row[2]) {
                    case "quan" -> "quận";
                    case "thi_xa" -> "thị xã";
                    case "thanh_pho_thuoc_tinh" -> "thành phố";
                    default -> "huyện";
                };
                districtsByKey.computeIfAbsent(PhraseTrie.key(row[1]), k -> new ArrayList<>())
                        .add(new Place("district", prefix, row[1], row[3]));
            }
        }
        districtsByKey.forEach((key, places) -> districts.add(key, List.copyOf(places)));
        for (String[] row : Rules.table(COMMUNES)) {
            communes.add(row[0], row[0]);
        }
    }

    /** A commune, ward or township name known before the 2025 reform, at token {@code start}. */
    PhraseTrie.Match<String> commune(List<CoreLabel> tokens, int start) {
        return communes.longest(tokens, start);
    }

    PhraseTrie.Match<Body> body(List<CoreLabel> tokens, int start) {
        return bodies.longest(tokens, start);
    }

    public PhraseTrie.Match<Place> province(List<CoreLabel> tokens, int start) {
        return provinces.longest(tokens, start);
    }

    public PhraseTrie.Match<List<Place>> district(List<CoreLabel> tokens, int start) {
        return districts.longest(tokens, start);
    }

    /** The province whose ascii code occurs in a portal's host ("langson.gov.vn"), or null. */
    public Place provinceOfHost(String host) {
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String best = null;
        for (String code : provincesByCode.keySet()) {
            if (h.contains(code) && (best == null || code.length() > best.length())) {
                best = code;
            }
        }
        return best == null ? null : provincesByCode.get(best);
    }

    /** The provinces a free text names ("Cổng thông tin điện tử tỉnh Nghệ An | Báo Lạng Sơn"), in order. */
    public List<Place> provincesIn(String text) {
        List<Place> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        List<CoreLabel> tokens = new ArrayList<>();
        for (vn.tindex.text.Token t : TOKENIZER.tokenize(vn.tindex.text.ToneMarks.canonical(
                java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)))) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setOriginalText(t.text());
            label.set(vn.tindex.text.TokenKeys.Lower.class, t.text().toLowerCase(Locale.ROOT));
            tokens.add(label);
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTrie.Match<Place> p = provinces.longest(tokens, i);
            if (p != null && Character.isUpperCase(tokens.get(i).originalText().charAt(0))) {
                found.add(p.value());
                i = p.end() - 1;
            }
        }
        return found;
    }

    private static final vn.tindex.text.Tokenizer TOKENIZER = new vn.tindex.text.Tokenizer();

    /** The province of that name (either tone convention), or null. */
    public Place provinceNamed(String name) {
        return name == null ? null : provincesByName.get(PhraseTrie.key(name));
    }
}

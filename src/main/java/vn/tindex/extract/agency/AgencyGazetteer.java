package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;

/**
 * The bodies and places the agency extractor knows, loaded once from {@code bodies.tsv}, {@code places.tsv} and
 * {@code provinces-2025.tsv}, with the days each name was in force: a body's name by its validity, a province by
 * whether it still existed after the 2025-07-01 merger and, if not, the province it became part of.
 */
public final class AgencyGazetteer {
    static final String BODIES = "vn/tindex/extract/agency/bodies.tsv";
    static final String PLACES = "vn/tindex/extract/agency/places.tsv";
    static final String COMMUNES = "vn/tindex/extract/agency/communes.txt";
    static final String MERGERS = "vn/tindex/extract/agency/provinces-2025.tsv";
    /** The first day of the 34 provinces and of the two-level local government: where "before-2025-07" ends. */
    public static final LocalDate PROVINCES_MERGED = LocalDate.of(2025, 7, 1);
    private static final Set<String> VALID = Set.of("before-2025-07", "from-2025-07", "both");

    private final PhraseTrie<List<Body>> bodies = new PhraseTrie<>();
    private final PhraseTrie<Place> provinces = new PhraseTrie<>();
    private final PhraseTrie<List<Place>> districts = new PhraseTrie<>();
    private final PhraseTrie<String> communes = new PhraseTrie<>();
    private final Map<String, Place> provincesByCode = new HashMap<>();
    private final Map<String, Place> provincesByName = new HashMap<>();
    /** Keys of the provinces valid only before 2025-07-01, and the province each merged into. */
    private final Map<String, Place> successors = new HashMap<>();

    public AgencyGazetteer() {
        for (String[] row : Rules.table(BODIES)) {
            if (row.length < 5) {
                throw new IllegalStateException(BODIES + ": expected 5 columns, got: " + String.join("\\t", row));
            }
            Validity valid;
            try {
                valid = Validity.parse(row[4]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(BODIES + ": " + e.getMessage() + " in row: "
                        + String.join("\\t", row), e);
            }
            Body body = new Body(Body.Scope.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1], row[2], valid);
            bodies.merge(row[1], List.of(body), AgencyGazetteer::withBody);
            for (String form : row[3].split("\\|")) {
                if (!form.isBlank()) {
                    bodies.merge(form, List.of(body), AgencyGazetteer::withBody);
                }
            }
        }
        Set<String> former = new HashSet<>();
        Map<String, List<Place>> districtsByKey = new HashMap<>();
        for (String[] row : Rules.table(PLACES)) {
            if (row.length < 6 || !VALID.contains(row[5])) {
                throw new IllegalStateException(PLACES + ": expected 6 columns, the last one of " + VALID + ", got: "
                        + String.join("\\t", row));
            }
            if (row[0].equals("province")) {
                Place p = new Place("province", row[2].equals("thanh_pho") ? "thành phố" : "tỉnh", row[3], row[3]);
                provinces.add(row[1], p);
                provincesByCode.putIfAbsent(row[4], p);
                provincesByName.putIfAbsent(PhraseTrie.key(row[1]), p);
                if (row[5].equals("before-2025-07")) {
                    former.add(PhraseTrie.key(row[3]));
                }
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
        readMergers(former);
    }

    /**
     * {@code provinces-2025.tsv}: the province each former one merged into. Checked against {@code places.tsv} at
     * start-up, so the two files cannot drift apart: every name known there, every former province merged once.
     */
    private void readMergers(Set<String> former) {
        for (String[] row : Rules.table(MERGERS)) {
            Place unit = row.length < 3 ? null : provinceNamed(row[0]);
            if (unit == null || former.contains(PhraseTrie.key(row[0]))
                    || !unit.prefix().equals(row[1].equals("thanh_pho") ? "thành phố" : "tỉnh")) {
                throw new IllegalStateException(MERGERS + ": expected a province of " + PLACES
                        + " in force from 2025-07-01, its kind and the provinces merged into it, got: "
                        + String.join("\\t", row));
            }
            for (String name : row[2].split(",")) {
                String key = PhraseTrie.key(name.strip());
                if (provinceNamed(name.strip()) == null || successors.containsKey(key)) {
                    throw new IllegalStateException(MERGERS + ": '" + name + "' is not a province of " + PLACES
                            + ", or merges twice, in row: " + String.join("\\t", row));
                }
                if (former.contains(key)) {
                    successors.put(key, unit);
                }
            }
        }
        former.removeAll(successors.keySet());
        if (!former.isEmpty()) {
            throw new IllegalStateException(MERGERS + ": no unit for the provinces valid before-2025-07 in " + PLACES
                    + ": " + former);
        }
    }

    private static List<Body> withBody(List<Body> bodies, List<Body> more) {
        List<Body> all = new ArrayList<>(bodies);
        more.stream().filter(b -> !all.contains(b)).forEach(all::add);
        return List.copyOf(all);
    }

    /** A commune, ward or township name known before the 2025 reform, at token {@code start}. */
    PhraseTrie.Match<String> commune(List<CoreLabel> tokens, int start) {
        return communes.longest(tokens, start);
    }

    /**
     * The longest body written at token {@code start}; a form of several bodies ("Sở Nông nghiệp") names the first
     * one in force on {@code date}, else (no date, or none in force) the first one listed.
     */
    PhraseTrie.Match<Body> body(List<CoreLabel> tokens, int start, LocalDate date) {
        PhraseTrie.Match<List<Body>> m = bodies.longest(tokens, start);
        if (m == null) {
            return null;
        }
        Body chosen = m.value().stream().filter(b -> b.valid().contains(date)).findFirst().orElse(m.value().get(0));
        return new PhraseTrie.Match<>(m.start(), m.end(), chosen);
    }

    /**
     * The province {@code province} is on {@code date}: itself, or from 2025-07-01 the province a former one merged
     * into (Hà Giang: Tuyên Quang; Quảng Nam: the city Đà Nẵng). Null stays null; no date changes nothing.
     */
    public Place provinceOn(Place province, LocalDate date) {
        if (province == null || date == null || date.isBefore(PROVINCES_MERGED)) {
            return province;
        }
        return successors.getOrDefault(PhraseTrie.key(province.name()), province);
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

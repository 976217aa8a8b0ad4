package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.text.TokenKeys;

/**
 * Reads the place written after a body's name ("tỉnh Lạng Sơn", "huyện Lộc Bình", "xã Tân Liên", "tỉnh" alone
 * for the article's province). One per document: it remembers the last district named, for "UBND huyện" alone, and
 * holds the article's date, on which its province and the names of its bodies are taken.
 */
final class Jurisdictions {
    private final AgencyGazetteer gazetteer;
    private final Place defaultProvince;
    private final LocalDate date;
    private Place lastDistrict;
    private Place lastCommune;

    record Found(Place place, int end) {}

    /** {@code defaultProvince}: the article's province on {@code date}; {@code date}: the article's, or null. */
    Jurisdictions(AgencyGazetteer gazetteer, Place defaultProvince, LocalDate date) {
        this.gazetteer = gazetteer;
        this.defaultProvince = defaultProvince;
        this.date = date;
    }

    /** The article's date (its publication date, else the earliest day its text writes in full), or null. */
    LocalDate date() {
        return date;
    }

    AgencyGazetteer gazetteer() {
        return gazetteer;
    }

    Place defaultProvince() {
        return defaultProvince;
    }

    /** "tỉnh X", "thành phố X" (a centrally-run city), or "tỉnh" alone for the article's province. */
    Found province(List<CoreLabel> tokens, int i) {
        int after = cityWord(tokens, i);
        if (after > i) {
            PhraseTrie.Match<Place> p = gazetteer.province(tokens, after);
            return p != null && p.value().prefix().equals("thành phố") ? new Found(p.value(), p.end()) : null;
        }
        if (!word(tokens, i, "tỉnh")) {
            return null;
        }
        PhraseTrie.Match<Place> p = gazetteer.province(tokens, i + 1);
        if (p != null) {
            return new Found(p.value(), p.end());
        }
        return defaultProvince == null ? null : new Found(defaultProvince, i + 1);
    }

    /** A province, district or commune written at token {@code i}. */
    Found any(List<CoreLabel> tokens, int i) {
        Found province = province(tokens, i);
        if (province != null) {
            return province;
        }
        String prefix = null;
        int after = i;
        if (word(tokens, i, "huyện") || word(tokens, i, "quận")) {
            prefix = tokens.get(i).get(TokenKeys.Lower.class);
            after = i + 1;
        } else if (word(tokens, i, "thị") && word(tokens, i + 1, "xã")) {
            prefix = "thị xã";
            after = i + 2;
        } else if (cityWord(tokens, i) > i) {
            prefix = "thành phố";
            after = cityWord(tokens, i);
        }
        if (prefix != null) {
            Found district = district(tokens, after, prefix);
            if (prefix.equals("thành phố") && district == null && defaultProvince != null
                    && defaultProvince.prefix().equals("thành phố")) {
                return new Found(defaultProvince, after);
            }
            if (district != null) {
                lastDistrict = district.place();
                return district;
            }
            return lastDistrict != null && lastDistrict.prefix().equals(prefix) ? new Found(lastDistrict, after) : null;
        }
        String communePrefix = null;
        if (word(tokens, i, "xã") || word(tokens, i, "phường")) {
            communePrefix = tokens.get(i).get(TokenKeys.Lower.class);
            after = i + 1;
        } else if (word(tokens, i, "thị") && word(tokens, i + 1, "trấn")) {
            communePrefix = "thị trấn";
            after = i + 2;
        }
        if (communePrefix != null) {
            PhraseTrie.Match<String> known = gazetteer.commune(tokens, after);
            int end = known != null ? known.end() : properName(tokens, after);
            if (end > after && (known != null || end - after <= 2)) {
                lastCommune = new Place("commune", communePrefix, text(tokens, after, end), null);
                return new Found(lastCommune, end);
            }
            // "Công an xã" in an article about one commune: that commune.
            if (lastCommune != null && lastCommune.prefix().equals(communePrefix)) {
                return new Found(lastCommune, after);
            }
        }
        return null;
    }

    /** The district or commune an article is about, for a division written without its place ("Phòng Tư pháp"). */
    Found localDefault(int at) {
        if (lastDistrict != null) {
            return new Found(lastDistrict, at);
        }
        return lastCommune == null ? null : new Found(lastCommune, at);
    }

    /** A place named right at token {@code i} (no prefix word) of the kind {@code prefix} says: for lists. */
    Found named(String prefix, List<CoreLabel> tokens, int i) {
        if (prefix.equals("huyện") || prefix.equals("quận")) {
            return district(tokens, i, prefix);
        }
        PhraseTrie.Match<String> known = gazetteer.commune(tokens, i);
        int end = known != null ? known.end() : properName(tokens, i);
        return end > i && (known != null || end - i <= 2)
                ? new Found(new Place("commune", prefix, text(tokens, i, end), null), end) : null;
    }

    /** The place of a party committee: "Tỉnh ủy Lạng Sơn", "Huyện ủy Lộc Bình", "Đảng ủy xã Tân Liên". */
    Found forParty(String committee, List<CoreLabel> tokens, int i) {
        switch (committee) {
            case "Tỉnh ủy", "Thành ủy": {
                PhraseTrie.Match<Place> p = gazetteer.province(tokens, i);
                if (p != null) {
                    return new Found(p.value(), p.end());
                }
                if (committee.equals("Thành ủy")) {
                    Found city = district(tokens, i, "thành phố");
                    if (city != null) {
                        return city;
                    }
                }
                return defaultProvince == null ? null : new Found(defaultProvince, i);
            }
            case "Đảng ủy": {
                Found commune = any(tokens, i);
                if (commune != null && !commune.place().level().equals("province")) {
                    return commune;
                }
                // "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": the commune the article is about
                return lastCommune == null ? null : new Found(lastCommune, i);
            }
            default: {
                String prefix = committee.equals("Quận ủy") ? "quận" : committee.equals("Thị ủy") ? "thị xã" : "huyện";
                Found d = district(tokens, i, prefix);
                if (d != null) {
                    lastDistrict = d.place();
                    return d;
                }
                return lastDistrict == null ? null : new Found(lastDistrict, i);
            }
        }
    }

    private Found district(List<CoreLabel> tokens, int i, String prefix) {
        PhraseTrie.Match<List<Place>> d = gazetteer.district(tokens, i);
        if (d != null) {
            Place best = d.value().get(0);
            boolean inProvince = false;
            for (Place p : d.value()) {
                if (inDefaultProvince(p.province())) {
                    best = p;
                    inProvince = true;
                }
            }
            // "Huyện ủy Hà Trung Kiên": a district of another province running into a capitalized word is a name.
            if (!inProvince && defaultProvince != null && d.end() < tokens.size()
                    && Character.isUpperCase(tokens.get(d.end()).originalText().charAt(0))
                    && Character.isLetter(tokens.get(d.end()).originalText().charAt(0))) {
                return null;
            }
            return new Found(new Place("district", prefix, best.name(), best.province()), d.end());
        }
        if (prefix.equals("thành phố")) {
            return null;
        }
        int end = properName(tokens, i);
        return end > i && end - i <= 2 ? new Found(new Place("district", prefix, text(tokens, i, end), null), end) : null;
    }

    /** A district of the article's province: of it, or from 2025-07-01 of a province merged into it. */
    private boolean inDefaultProvince(String province) {
        if (defaultProvince == null || province == null) {
            return false;
        }
        Place p = gazetteer.provinceOn(gazetteer.provinceNamed(province), date);
        return defaultProvince.name().equals(p == null ? province : p.name());
    }

    private static int cityWord(List<CoreLabel> tokens, int i) {
        if (word(tokens, i, "thành") && word(tokens, i + 1, "phố")) {
            return i + 2;
        }
        if (word(tokens, i, "tp") || word(tokens, i, "tp.")) {
            return word(tokens, i + 1, ".") ? i + 2 : i + 1;
        }
        return i;
    }

    /** The end of a proper name of up to four capitalized syllables (or a number: "Phường 1") at {@code i}. */
    private static int properName(List<CoreLabel> tokens, int i) {
        int end = i;
        while (end < tokens.size() && end - i < 4) {
            String w = tokens.get(end).originalText();
            boolean capital = Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
            boolean number = end == i && w.matches("\\d{1,2}");
            if (!capital && !number) {
                break;
            }
            end++;
            if (number) {
                break;
            }
        }
        return end;
    }

    private static String text(List<CoreLabel> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return sb.toString();
    }

    private static boolean word(List<CoreLabel> tokens, int i, String lower) {
        return i < tokens.size() && tokens.get(i).get(TokenKeys.Lower.class).equals(lower);
    }
}

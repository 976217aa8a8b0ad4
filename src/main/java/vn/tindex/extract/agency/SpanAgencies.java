package vn.tindex.extract.agency;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tindex.extract.ner.NerSpan;
import vn.tindex.text.TokenKeys;

/**
 * Agencies from the statistical tagger's ORG spans, named like the rules name theirs: the span as written (one tone
 * convention), completed with the place written right after it, or with the article's own place when the span ends
 * in "tỉnh"/"huyện"/"xã" or names a provincial unit ("Chi cục Kiểm lâm") with no place at all.
 */
final class SpanAgencies {
    private static final Set<String> PLACE_WORDS = Set.of("tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "tp");
    private static final Set<String> CENTRAL_HEADS = Set.of("cục", "tổng", "vụ", "viện", "bộ");
    /** The heads of names the gazetteers cannot list: the model's spans are taken only when they start so. */
    private static final Set<String> HEADS = Set.of("chi cục", "cục", "tổng cục", "vụ", "trung tâm", "viện",
            "vườn quốc", "bệnh viện", "trường", "hạt kiểm", "đài", "ban tiếp", "ban chỉ đạo", "ban an", "ban bồi");
    /** Words that make a unit national: no province is added to it. */
    private static final Set<String> NATIONAL = Set.of("bộ", "trung", "việt", "quốc", "chính");

    private SpanAgencies() {}

    /**
     * Agencies of the ORG spans that no rule mention ({@code taken}) covers; with {@code anyHead} every span is taken
     * (the model alone), else only spans headed like the names the gazetteers cannot list.
     */
    static List<AgencyMention> of(List<NerSpan> spans, List<CoreLabel> tokens, String canonical, Jurisdictions places,
                                  boolean[] taken, boolean anyHead) {
        List<AgencyMention> found = new ArrayList<>();
        for (NerSpan s : spans) {
            if (!s.label().equals(NerSpan.ORG) || overlaps(taken, s)) {
                continue;
            }
            int start = s.tokenStart();
            int end = s.tokenEnd();
            while (end > start && !Character.isLetterOrDigit(tokens.get(end - 1).word().charAt(0))) {
                end--;
            }
            if (end - start < 2 || start > 0 && tokens.get(start - 1).get(TokenKeys.Lower.class).equals("các")
                    || !anyHead && end - start < 3
                    || !anyHead && !HEADS.contains(tokens.get(start).get(TokenKeys.Lower.class) + " "
                    + tokens.get(start + 1).get(TokenKeys.Lower.class))
                    && !HEADS.contains(tokens.get(start).get(TokenKeys.Lower.class))) {
                continue;
            }
            String name = canonical.substring(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition());
            String level;
            Jurisdictions.Found after = places.any(tokens, end);
            String last = tokens.get(end - 1).get(TokenKeys.Lower.class);
            if (after != null && !hasPlace(tokens, start, end)) {
                name = name + " " + after.place().written();
                level = after.place().level();
                end = after.end();
            } else if (PLACE_WORDS.contains(last)) {
                Jurisdictions.Found own = places.any(tokens, end - 1);
                level = own == null ? "province" : own.place().level();
                if (own != null) {
                    name = canonical.substring(tokens.get(start).beginPosition(), tokens.get(end - 2).endPosition())
                            + " " + own.place().written();
                }
            } else if (hasPlace(tokens, start, end)) {
                level = "province";
            } else if (CENTRAL_HEADS.contains(tokens.get(start).get(TokenKeys.Lower.class)) || national(tokens, start, end)) {
                level = "central";
            } else {
                Place p = places.defaultProvince();
                level = "province";
                if (p != null) {
                    name = name + " " + p.written();
                }
            }
            String written = canonical.substring(tokens.get(start).beginPosition(), tokens.get(s.tokenEnd() - 1).endPosition());
            found.add(new AgencyMention(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition(), start, end,
                    name, written, level, written, true));
            for (int k = start; k < end; k++) {
                taken[k] = true;
            }
        }
        return found;
    }

    private static boolean national(List<CoreLabel> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (NATIONAL.contains(tokens.get(k).get(TokenKeys.Lower.class))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPlace(List<CoreLabel> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (PLACE_WORDS.contains(tokens.get(k).get(TokenKeys.Lower.class))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(boolean[] taken, NerSpan s) {
        for (int k = s.tokenStart(); k < s.tokenEnd(); k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}

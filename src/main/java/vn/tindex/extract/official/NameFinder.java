package vn.tindex.extract.official;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.agency.AgencyGazetteer;
import vn.tindex.text.TokenKeys;

/**
 * A Vietnamese personal name: a surname followed by one to three capitalized syllables, none of them part of an
 * agency, a post or a place name ("Cao Bằng" and "Hà Giang" are provinces, not people).
 */
final class NameFinder {
    private final PeopleGazetteer people;
    private final AgencyGazetteer places;

    NameFinder(PeopleGazetteer people, AgencyGazetteer places) {
        this.people = people;
        this.places = places;
    }

    /** The end of a name starting at token {@code i}, or {@code i} when none starts there. */
    int end(List<CoreLabel> tokens, int i, boolean[] inAgency) {
        if (!capitalizedWord(tokens.get(i)) || !people.surnames.contains(tokens.get(i).get(TokenKeys.Lower.class))) {
            return i;
        }
        return loose(tokens, i, inAgency);
    }

    /**
     * The end of two to four capitalized syllables at {@code i}, surname or not: for a name that context already
     * marks as a person ("đồng chí Y Kriêng", "bà Rơ Mah Thị Hạnh", "Phó Chủ tịch UBND tỉnh: Lã Văn Nghĩa").
     */
    int loose(List<CoreLabel> tokens, int i, boolean[] inAgency) {
        if (inAgency[i] || !capitalizedWord(tokens.get(i)) || people.words.longest(tokens, i) != null) {
            return i;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 4 && !inAgency[end] && capitalizedWord(tokens.get(end))
                && tokens.get(end).sentIndex() == tokens.get(i).sentIndex()
                && people.words.longest(tokens, end) == null) {
            end++;
        }
        if (end - i < 2) {
            return i;
        }
        PhraseTrie.Match<?> place = places.province(tokens, i);
        if (place == null) {
            place = places.district(tokens, i);
        }
        if (place != null && place.end() >= end) {
            return i;
        }
        return end;
    }

    private static boolean capitalizedWord(CoreLabel token) {
        String w = token.originalText();
        return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && (w.length() == 1 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)));
    }
}

package vn.tindex.extract.official;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;

/** Posts, memberships, ranks, honorifics ({@code people.tsv}) and surnames ({@code surnames.txt}), loaded once. */
final class PeopleGazetteer {
    static final String PEOPLE = "vn/tindex/extract/official/people.tsv";
    static final String SURNAMES = "vn/tindex/extract/official/surnames.txt";

    enum Kind { POST, MEMBERSHIP, RANK, HONORIFIC }

    record Word(Kind kind, String canonical) {}

    final PhraseTrie<Word> words = new PhraseTrie<>();
    final Set<String> surnames = new HashSet<>();

    PeopleGazetteer() {
        for (String[] row : Rules.table(PEOPLE)) {
            if (row.length < 2) {
                throw new IllegalStateException(PEOPLE + ": expected 2 columns, got: " + String.join("\\t", row));
            }
            Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
            words.add(row[1], new Word(kind, canonicalPost(row[1])));
        }
        for (String[] row : Rules.table(SURNAMES)) {
            surnames.add(PhraseTrie.key(row[0].trim()));
        }
    }

    /** "Trưởng Ban" and "Trưởng ban" are one post; the lower-case second word is the usual spelling. */
    private static String canonicalPost(String phrase) {
        return phrase.replace("Trưởng Ban", "Trưởng ban").replace("Trưởng Đoàn", "Trưởng đoàn");
    }
}

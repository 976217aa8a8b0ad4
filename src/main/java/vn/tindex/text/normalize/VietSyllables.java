package vn.tindex.text.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an onset, a vowel group from the language's inventory, an
 * optional final consonant, at most one tone mark. Used to tell legacy-encoded text from Unicode text: "Việt" is a
 * syllable, its TCVN3 bytes read as Latin-1 ("ViÖt") and its VNI bytes ("Vieät") are not.
 */
final class VietSyllables {
    private static final Pattern SHAPE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|nh|ng|[cmnpt])?");
    private static final Set<String> VOWELS = Set.of(
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
            "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "uêu", "oong");
    private static final Pattern TONE = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    private VietSyllables() {}

    /** True when {@code word} (any case, NFC or not) is a well-formed syllable. */
    static boolean isSyllable(String word) {
        if (word.isEmpty() || word.length() > 8) {
            return false;
        }
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String toneless = TONE.matcher(nfd).replaceAll("");
        if (nfd.length() - toneless.length() > 1) {
            return false;
        }
        var m = SHAPE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC));
        if (!m.matches()) {
            return false;
        }
        String onset = m.group(1);
        String vowels = m.group(2);
        // "qu" and "gi" take the u / i of the onset: "quy", "gia", "gì"
        return VOWELS.contains(vowels) || ("gi".equals(onset) || "qu".equals(onset)) && vowels.length() <= 2;
    }
}

package vn.tindex.index;

import java.util.ArrayList;
import java.util.List;

/** The word-level terms of a text for {@link IndexSchema#TEXT_WORDS}: {@code Nhiệm vụ} gives {@code nhiem_vu}. */
final class WordTerms {
    private WordTerms() {}

    /** One term per word of two or more syllables, in text order (repeats kept, so frequencies count). */
    static List<String> terms(WordSegmenter segmenter, String text) {
        if (segmenter == WordSegmenter.NONE || text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (WordSegmenter.Word word : segmenter.words(text)) {
            if (word.end() > text.length()) {
                continue; // lenient with a segmenter's bad span: skip the word
            }
            List<String> syllables = IndexSchema.foldedTokens(text.substring(word.start(), word.end()));
            if (syllables.size() >= 2) {
                terms.add(String.join("_", syllables));
            }
        }
        return terms;
    }
}

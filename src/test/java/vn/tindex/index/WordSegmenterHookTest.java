package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook for word-level terms: a toy dictionary segmenter stands in for the one vn.tindex.text will provide. */
class WordSegmenterHookTest {
    /** Words of a tiny dictionary, found as written (any case). */
    static final WordSegmenter TOY = text -> {
        List<WordSegmenter.Word> words = new ArrayList<>();
        Matcher m = Pattern.compile("(?iu)nhiệm vụ|trọng tâm|xây dựng").matcher(text);
        while (m.find()) {
            words.add(new WordSegmenter.Word(m.start(), m.end()));
        }
        return words;
    };

    @TempDir
    Path dir;

    @Test
    void wordsBecomeFoldedTermsWithUnderscores() {
        assertEquals(List.of("nhiem_vu", "trong_tam", "nhiem_vu"),
                WordTerms.terms(TOY, "06 Nhiệm vụ trọng tâm, các nhiệm vụ khác"));
        assertEquals(List.of(), WordTerms.terms(WordSegmenter.NONE, "nhiệm vụ"));
        assertEquals(List.of(), WordTerms.terms(text -> List.of(new WordSegmenter.Word(0, 99)), "ngắn"),
                "a span past the end is skipped");
    }

    @Test
    void articlesHoldingTheTypedWordScoreHigherWithASegmenter() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("words"), TOY)) {
            index.upsert(TestRecords.seed("with words"));
        }
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("syllables"))) {
            index.upsert(TestRecords.seed("syllables only"));
        }
        float withWords;
        float syllablesOnly;
        try (ArticleSearcher searcher = ArticleSearcher.open(dir.resolve("words"), TOY)) {
            withWords = searcher.search(SearchRequest.of("nhiệm vụ")).hits().get(0).score();
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir.resolve("syllables"))) {
            syllablesOnly = searcher.search(SearchRequest.of("nhiệm vụ")).hits().get(0).score();
        }
        assertTrue(withWords > syllablesOnly, withWords + " <= " + syllablesOnly);
    }
}

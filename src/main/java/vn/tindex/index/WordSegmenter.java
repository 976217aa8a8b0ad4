package vn.tindex.index;

import java.util.List;

/**
 * The hook for word-level terms beside syllables: Vietnamese writes words of several syllables with spaces
 * between them ({@code nhiệm vụ}, {@code Xây dựng}), so syllable tokens alone cannot tell the word {@code nhiệm vụ}
 * from two neighbouring syllables. A segmenter (the one being built in {@code vn.tindex.text}) names the spans of
 * words; the index adds each word of two or more syllables to {@link IndexSchema#TEXT_WORDS} as one folded term
 * ({@code nhiem_vu}), and the searcher adds the query's words as optional clauses on that field, so articles that
 * hold the typed word, not just its syllables, rank higher.
 *
 * <p>Implementations must be thread-safe. {@link #NONE} (the default) finds no words: the field stays empty and
 * search works on syllables alone. Plug one in with {@link ArticleIndex#open(java.nio.file.Path, WordSegmenter)} and
 * {@link ArticleSearcher#open(java.nio.file.Path, WordSegmenter)}; use the same segmenter for both.
 */
@FunctionalInterface
public interface WordSegmenter {
    /** A word of {@code text}: UTF-16 offsets, start inclusive, end exclusive. */
    record Word(int start, int end) {
        public Word {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad word span: start=" + start + ", end=" + end);
            }
        }
    }

    /** Finds no words: search on syllables only. */
    WordSegmenter NONE = text -> List.of();

    /** The words of {@code text} in order; words of one syllable may be left out. Never null. */
    List<Word> words(String text);
}

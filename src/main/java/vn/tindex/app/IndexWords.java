package vn.tindex.app;

import vn.tindex.index.WordSegmenter;
import vn.tindex.text.segment.Segmenter;

/**
 * The word segmenter the index and the searcher share: the shipped model of {@code vn.tindex.text.segment}, loaded
 * once, adapted to the index's {@link WordSegmenter} hook (words of two or more syllables). Every command that
 * writes or reads an index uses this one, so indexed and queried words agree.
 */
public final class IndexWords {
    private static volatile WordSegmenter shared;

    private IndexWords() {}

    public static WordSegmenter segmenter() {
        WordSegmenter s = shared;
        if (s == null) {
            synchronized (IndexWords.class) {
                if (shared == null) {
                    Segmenter segmenter = Segmenter.shipped();
                    shared = text -> segmenter.words(text).stream().filter(w -> w.syllables() > 1)
                            .map(w -> new WordSegmenter.Word(w.start(), w.end())).toList();
                }
                s = shared;
            }
        }
        return s;
    }
}

package vn.tindex.text.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Word precision, recall and F1 of a segmentation against gold, comparing words as spans of syllable positions: a
 * predicted word counts when a gold word has the same first and last syllable.
 */
public record SegmentationScore(long gold, long predicted, long correct, long syllables) {

    public double precision() {
        return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores a segmenter (syllables in, begin flags out) on gold sentences. */
    public static SegmentationScore of(List<SegmentedSentence> goldSentences,
                                       Function<SegmentedSentence, boolean[]> segmenter) {
        long gold = 0;
        long predicted = 0;
        long correct = 0;
        long syllables = 0;
        for (SegmentedSentence sentence : goldSentences) {
            boolean[] guess = segmenter.apply(sentence);
            if (guess.length != sentence.size()) {
                throw new IllegalStateException("segmenter returned " + guess.length + " flags for " + sentence.size()
                        + " syllables");
            }
            Set<Long> goldSpans = spans(sentence.begins());
            Set<Long> guessSpans = spans(guess);
            gold += goldSpans.size();
            predicted += guessSpans.size();
            guessSpans.retainAll(goldSpans);
            correct += guessSpans.size();
            syllables += sentence.size();
        }
        return new SegmentationScore(gold, predicted, correct, syllables);
    }

    private static Set<Long> spans(boolean[] begins) {
        Set<Long> spans = new HashSet<>();
        int start = 0;
        for (int i = 1; i <= begins.length; i++) {
            if (i == begins.length || begins[i]) {
                spans.add(((long) start << 32) | i);
                start = i;
            }
        }
        return spans;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "words P %.4f R %.4f F1 %.4f (gold %d, predicted %d, correct %d,"
                + " %d syllables)", precision(), recall(), f1(), gold, predicted, correct, syllables);
    }
}

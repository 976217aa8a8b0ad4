package vn.tindex.text.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence as syllables with its word boundaries: {@code begins[i]} is true when syllable {@code i} starts a word.
 * The syllables are as written; the first always begins a word.
 */
public record SegmentedSentence(List<String> syllables, boolean[] begins) {
    public SegmentedSentence {
        if (syllables == null || begins == null) {
            throw new IllegalArgumentException("syllables and begins must not be null");
        }
        if (syllables.size() != begins.length) {
            throw new IllegalArgumentException("syllables (" + syllables.size() + ") and begins (" + begins.length
                    + ") differ in length");
        }
        if (begins.length > 0 && !begins[0]) {
            throw new IllegalArgumentException("the first syllable must begin a word: " + syllables);
        }
        syllables = List.copyOf(syllables);
        begins = begins.clone();
    }

    /** A sentence from its words, each word's syllables separated by spaces ({@code "chủ tịch"}). */
    public static SegmentedSentence ofWords(List<String> words) {
        List<String> syllables = new ArrayList<>();
        List<Boolean> begins = new ArrayList<>();
        for (String word : words) {
            String[] parts = word.trim().split(" +");
            for (int k = 0; k < parts.length; k++) {
                if (parts[k].isEmpty()) {
                    throw new IllegalArgumentException("empty word in " + words);
                }
                syllables.add(parts[k]);
                begins.add(k == 0);
            }
        }
        boolean[] b = new boolean[begins.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = begins.get(i);
        }
        return new SegmentedSentence(syllables, b);
    }

    @Override
    public boolean[] begins() {
        return begins.clone();
    }

    public int size() {
        return begins.length;
    }

    public boolean beginsWord(int i) {
        return begins[i];
    }

    /** The words, their syllables joined by {@code joiner} ("_" gives the usual segmenter output). */
    public List<String> words(String joiner) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < begins.length; i++) {
            if (begins[i] && i > 0) {
                words.add(word.toString());
                word.setLength(0);
            } else if (i > 0) {
                word.append(joiner);
            }
            word.append(syllables.get(i));
        }
        if (begins.length > 0) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentedSentence s && s.syllables.equals(syllables) && Arrays.equals(s.begins, begins);
    }

    @Override
    public int hashCode() {
        return syllables.hashCode() * 31 + Arrays.hashCode(begins);
    }

    @Override
    public String toString() {
        return String.join(" ", words("_"));
    }
}

package vn.tindex.text.segment;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tindex.text.ToneMarks;

/**
 * What the segmenter knows beside its weights: the words seen in segmented training sentences (multi-syllable words
 * in a trie; how often each pair of adjacent syllables was one word or two; how often each syllable stood alone) and
 * the project's gazetteer entries (place and commune names, posts and bodies, surnames). Keys are lower case in the
 * canonical tone-mark convention ({@link #key}). Built once by {@link Builder}; read-only and thread-safe after.
 */
public final class Lexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SyllableTrie words;
    private final SyllableTrie names;
    private final SyllableTrie phrases;
    private final Set<String> surnames;
    /** "a b" -> {times a b was one word (or inside one), times a and b were in two words}. */
    private final Map<String, int[]> pairs;
    /** syllable -> {times a word by itself, first, middle, last syllable of a longer word}. */
    private final Map<String, int[]> syllables;

    private Lexicon(Builder b) {
        this.words = b.words;
        this.names = b.names;
        this.phrases = b.phrases;
        this.surnames = Set.copyOf(b.surnames);
        this.pairs = Map.copyOf(b.pairs);
        this.syllables = Map.copyOf(b.syllables);
    }

    /** The lookup key of a syllable: canonical tone marks, lower case. */
    public static String key(String syllable) {
        return ToneMarks.canonical(syllable).toLowerCase(Locale.ROOT);
    }

    SyllableTrie words() {
        return words;
    }

    SyllableTrie names() {
        return names;
    }

    SyllableTrie phrases() {
        return phrases;
    }

    boolean isSurname(String key) {
        return surnames.contains(key);
    }

    /** {joined, split} counts of the adjacent pair {@code "left right"} (keys), or null when never seen. */
    int[] pair(String bigram) {
        return pairs.get(bigram);
    }

    /** {alone, first, middle, last} counts of a syllable, or null when never seen. */
    int[] syllable(String key) {
        return syllables.get(key);
    }

    public int wordCount() {
        return words.size();
    }

    public int nameCount() {
        return names.size() + phrases.size();
    }

    @Override
    public String toString() {
        return "Lexicon(" + words.size() + " words, " + pairs.size() + " pairs, " + names.size() + " names, "
                + phrases.size() + " phrases, " + surnames.size() + " surnames)";
    }

    /** Collects sentences and gazetteer entries; not thread-safe. */
    public static final class Builder {
        private final SyllableTrie words = new SyllableTrie();
        private final SyllableTrie names = new SyllableTrie();
        private final SyllableTrie phrases = new SyllableTrie();
        private final Set<String> surnames = new HashSet<>();
        private final Map<String, int[]> pairs = new HashMap<>();
        private final Map<String, int[]> syllables = new HashMap<>();

        /** Adds the words of a segmented sentence. */
        public Builder addSentence(SegmentedSentence sentence) {
            int n = sentence.size();
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = key(sentence.syllables().get(i));
            }
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || sentence.beginsWord(i)) {
                    boolean alone = i - start == 1;
                    for (int k = start; k < i; k++) {
                        int role = alone ? 0 : k == start ? 1 : k == i - 1 ? 3 : 2;
                        syllables.computeIfAbsent(keys[k], x -> new int[4])[role]++;
                    }
                    if (!alone) {
                        String[] word = new String[i - start];
                        System.arraycopy(keys, start, word, 0, word.length);
                        words.add(word);
                    }
                    start = i;
                }
            }
            for (int i = 1; i < n; i++) {
                pairs.computeIfAbsent(keys[i - 1] + ' ' + keys[i], x -> new int[2])[sentence.beginsWord(i) ? 1 : 0]++;
            }
            return this;
        }

        public Builder addSentences(Collection<SegmentedSentence> sentences) {
            sentences.forEach(this::addSentence);
            return this;
        }

        /** A proper name (place, commune) of two or more syllables, as written. */
        public Builder addName(String name) {
            names.add(keys(name));
            return this;
        }

        /** A multi-word phrase of the gazetteers (a post, a body): weaker evidence than a name. */
        public Builder addPhrase(String phrase) {
            phrases.add(keys(phrase));
            return this;
        }

        public Builder addSurname(String surname) {
            String[] k = keys(surname);
            if (k.length == 1) {
                surnames.add(k[0]);
            }
            return this;
        }

        public Builder addGazetteers(Gazetteers gazetteers) {
            gazetteers.names().forEach(this::addName);
            gazetteers.phrases().forEach(this::addPhrase);
            gazetteers.surnames().forEach(this::addSurname);
            return this;
        }

        public Lexicon build() {
            return new Lexicon(this);
        }

        private static String[] keys(String text) {
            String[] parts = text.trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                parts[i] = key(parts[i]);
            }
            return parts;
        }
    }
}

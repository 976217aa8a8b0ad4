package vn.tindex.text.segment;

/**
 * The features of each syllable of a sentence for the B/I word-boundary model: the syllable and its neighbours (two
 * each side) and their bigrams, in lower case with canonical tone marks; the shapes (capitalised, all caps, digit,
 * punctuation) of the syllable and its neighbours; and the {@link Lexicon}'s evidence: words of the training data that
 * begin, end or run through the syllable, how often the syllable and its left neighbour were one word, how often the
 * syllable stood alone or began or ended a word, gazetteer names and phrases around it, a surname before it, a
 * reduplicative pair. Training and decoding both take their features from here ({@link #features} renders the
 * names, {@link CrfSegmenter} reads {@link #key}, {@link #bigram}, {@link #codes} and {@link #rare}), so they
 * cannot drift apart. One instance per sentence.
 */
final class SyllableFeatures {
    static final String START = "<s>";
    static final String END = "</s>";
    static final String START2 = START + ' ' + START;
    static final String END2 = END + ' ' + END;
    private static final String[] INTS = new String[32];
    private static final char[] SHAPES = {'_', 'd', 'A', 'U', 'l', 'p'};
    private static final String[] SHAPE3 = new String[216];
    private static final String[] SHAPE2 = new String[36];
    private static final String[] RATIOS = {"-", "0", "l", "m", "h", "1"};
    private static final String[] RATIO2 = new String[36];
    private static final String[] BUCKETS = new String[16];

    static {
        for (int i = 0; i < INTS.length; i++) {
            INTS[i] = Integer.toString(i);
        }
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                SHAPE2[a * 6 + b] = "" + SHAPES[a] + SHAPES[b];
                RATIO2[a * 6 + b] = RATIOS[a] + ',' + RATIOS[b];
                for (int c = 0; c < 6; c++) {
                    SHAPE3[(a * 6 + b) * 6 + c] = "" + SHAPES[a] + SHAPES[b] + SHAPES[c];
                }
            }
        }
        String[] ratio = {"0", "lo", "mid", "hi", "1"};
        String[] support = {"/1", "/f", "/m"};
        for (int r = 0; r < 5; r++) {
            for (int s = 0; s < 3; s++) {
                BUCKETS[r * 3 + s] = ratio[r] + support[s];
            }
        }
        BUCKETS[15] = "none";
    }

    private final String[] keys;
    private final char[] shapes;
    /** bigrams[i] = key(i - 1) + ' ' + key(i), for i in 0..n. */
    private final String[] bigrams;
    /** Lexicon counts of bigrams[i] and of keys[i]. */
    private final int[][] pairCounts;
    private final int[][] syllableCounts;
    private final int[] dictBegin;
    private final int[] dictEnd;
    private final int[] dictInside;
    private final int[] nameBegin;
    private final int[] nameInside;
    private final int[] phraseInside;
    private final Lexicon lexicon;

    /** Features of the syllables {@code forms} (as written). */
    SyllableFeatures(String[] forms, Lexicon lexicon) {
        int n = forms.length;
        this.lexicon = lexicon;
        keys = new String[n];
        shapes = new char[n];
        syllableCounts = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = Lexicon.key(forms[i]);
            shapes[i] = shape(forms[i]);
            syllableCounts[i] = lexicon.syllable(keys[i]);
        }
        bigrams = new String[n + 1];
        pairCounts = new int[n + 1][];
        for (int i = 0; i <= n; i++) {
            bigrams[i] = key(i - 1) + ' ' + key(i);
            if (i > 0 && i < n) {
                pairCounts[i] = lexicon.pair(bigrams[i]);
            }
        }
        dictBegin = new int[n];
        dictEnd = new int[n];
        dictInside = new int[n];
        nameBegin = new int[n];
        nameInside = new int[n];
        phraseInside = new int[n];
        spans(lexicon.words(), dictBegin, dictEnd, dictInside);
        if (lexicon.names().size() > 0) {
            spans(lexicon.names(), nameBegin, new int[n], nameInside);
        }
        if (lexicon.phrases().size() > 0) {
            spans(lexicon.phrases(), new int[n], new int[n], phraseInside);
        }
    }

    int size() {
        return keys.length;
    }

    /** Longest entry beginning, ending and running through (not beginning at) each position. */
    private void spans(SyllableTrie trie, int[] begin, int[] end, int[] inside) {
        if (trie.size() == 0) {
            return;
        }
        for (int s = 0; s < keys.length; s++) {
            int lengths = trie.matchesAt(keys, s);
            while (lengths != 0) {
                int len = 31 - Integer.numberOfLeadingZeros(lengths);
                lengths &= ~(1 << len);
                begin[s] = Math.max(begin[s], len);
                end[s + len - 1] = Math.max(end[s + len - 1], len);
                for (int k = s + 1; k < s + len; k++) {
                    inside[k] = Math.max(inside[k], len);
                }
            }
        }
    }

    /** Hands every feature of syllable {@code i} to {@code out}, as names (for CoreNLP). */
    void features(int i, Template.Sink out) {
        out.feature(Template.BIAS, "");
        out.feature(Template.W0, key(i));
        out.feature(Template.WM1, key(i - 1));
        out.feature(Template.WP1, key(i + 1));
        out.feature(Template.WM2, key(i - 2));
        out.feature(Template.WP2, key(i + 2));
        out.feature(Template.BM1, bigram(i));
        out.feature(Template.BP1, bigram(i + 1));
        out.feature(Template.BM2, bigram(i - 1));
        out.feature(Template.BP2, bigram(i + 2));
        out.feature(Template.TRI, trigram(i));
        int[] codes = new int[Template.CODED.length];
        codes(i, codes);
        for (int k = 0; k < codes.length; k++) {
            out.feature(Template.CODED[k], render(Template.CODED[k], codes[k]));
        }
        rare(i, out);
    }

    /** The key of syllable {@code i}, {@code <s>} before the sentence and {@code </s>} after it. */
    String key(int i) {
        return i < 0 ? START : i >= keys.length ? END : keys[i];
    }

    /** key(i - 1) + ' ' + key(i), for any i. */
    String bigram(int i) {
        return i >= 0 && i <= keys.length ? bigrams[i] : i < 0 ? START2 : END2;
    }

    String trigram(int i) {
        return key(i - 1) + ' ' + bigram(i + 1);
    }

    /** The codes of syllable {@code i} for the templates of {@link Template#CODED}, in that order. */
    void codes(int i, int[] out) {
        int sm1 = shapeIndex(i - 1);
        int s0 = shapeIndex(i);
        out[0] = (sm1 * 6 + s0) * 6 + shapeIndex(i + 1);
        out[1] = sm1 * 6 + s0;
        out[2] = dictBegin[i];
        out[3] = dictEnd[i];
        out[4] = dictInside[i];
        out[5] = (dictInside[i] * 32 + dictBegin[i]) * 32 + (i > 0 ? dictEnd[i - 1] : 0);
        out[6] = bucket(i > 0 ? pairCounts[i] : null);
        out[7] = bucket(i + 1 < keys.length ? pairCounts[i + 1] : null);
        int[] here = syllableCounts[i];
        out[8] = here == null ? 15 : bucket(here[0], here[1] + here[2] + here[3]);
        int[] left = i > 0 ? syllableCounts[i - 1] : null;
        out[9] = ratio(left, 1) * 6 + ratio(here, 3);
        out[10] = ratio(left, 0) * 6 + ratio(here, 0);
    }

    /** The feature value of a code. */
    static String render(Template t, int code) {
        return switch (t) {
            case SHAPE -> SHAPE3[code];
            case SHAPE_LEFT -> SHAPE2[code];
            case DICT_BEGIN, DICT_END, DICT_INSIDE -> INTS[code];
            case DICT_ALL -> INTS[code / 1024] + '.' + INTS[code / 32 % 32] + '.' + INTS[code % 32];
            case PAIR_JOINED, PAIR_NEXT, ALONE -> BUCKETS[code];
            case FIRST_LAST, ALONE_ALONE -> RATIO2[code];
            default -> throw new IllegalArgumentException("not a coded template: " + t);
        };
    }

    /** The features that most syllables do not have: names, phrases, surnames, reduplication. */
    void rare(int i, Template.Sink out) {
        char c0 = shapes[i];
        if (nameInside[i] > 0 || nameBegin[i] > 0) {
            out.feature(Template.NAME, INTS[nameInside[i]] + '.' + INTS[nameBegin[i]] + c0);
        }
        if (phraseInside[i] > 0) {
            out.feature(Template.PHRASE, INTS[phraseInside[i]] + c0);
        }
        if (i == 0) {
            return;
        }
        char cm1 = shapes[i - 1];
        if (c0 == 'U' && cm1 == 'U' && lexicon.isSurname(keys[i - 1])) {
            out.feature(Template.SURNAME, "");
        }
        if (c0 == 'l' && cm1 == 'l') {
            String r = Reduplication.kind(keys[i - 1], keys[i]);
            if (r != null) {
                out.feature(Template.REDUPLICATION, r);
            }
        }
    }

    private int shapeIndex(int i) {
        char c = i < 0 || i >= shapes.length ? '_' : shapes[i];
        return switch (c) {
            case 'd' -> 1;
            case 'A' -> 2;
            case 'U' -> 3;
            case 'l' -> 4;
            case 'p' -> 5;
            default -> 0;
        };
    }

    /** 'd' holds a digit, 'A' all capitals (two letters or more), 'U' capitalised, 'l' lower case, 'p' no letter. */
    static char shape(String form) {
        boolean letter = false;
        boolean allUpper = true;
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isDigit(c)) {
                return 'd';
            }
            if (Character.isLetter(c)) {
                letter = true;
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        if (!letter) {
            return 'p';
        }
        if (allUpper && letters > 1) {
            return 'A';
        }
        return Character.isUpperCase(form.charAt(0)) ? 'U' : 'l';
    }

    /** The share of {@code counts[role]} in all the counts, coarsely: - 0 l m h 1 as 0..5. */
    static int ratio(int[] counts, int role) {
        if (counts == null) {
            return 0;
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        double r = counts[role] / (double) total;
        return r == 0 ? 1 : r < 0.25 ? 2 : r < 0.75 ? 3 : r < 1 ? 4 : 5;
    }

    /** How often a pair was one word ({joined, split}), coarsely, as an index of BUCKETS. */
    static int bucket(int[] counts) {
        return counts == null ? 15 : bucket(counts[0], counts[1]);
    }

    private static int bucket(int yes, int no) {
        int total = yes + no;
        int support = total == 1 ? 0 : total < 5 ? 1 : 2;
        int r;
        if (yes == 0) {
            r = 0;
        } else if (no == 0) {
            r = 4;
        } else {
            double ratio = yes / (double) total;
            r = ratio < 0.25 ? 1 : ratio < 0.75 ? 2 : 3;
        }
        return r * 3 + support;
    }
}

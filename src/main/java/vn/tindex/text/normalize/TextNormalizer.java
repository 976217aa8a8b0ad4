package vn.tindex.text.normalize;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import vn.tindex.text.ToneMarks;

/**
 * Normalizes Vietnamese text for matching and indexing, keeping an {@link OffsetMap} to the original: legacy encodings
 * (TCVN3, VNI, windows-1258 read as windows-1252) become Unicode; decomposed letters are composed (NFC); zero-width
 * characters, soft hyphens and bidi marks are dropped; no-break and other Unicode spaces become ' '; look-alike
 * letters (Icelandic Ð/ð for Đ/đ) are replaced; typographic quotes become {@code "} and {@code '}, dashes and minus
 * signs {@code -}; old-style tone marks move to the modern position ({@link ToneMarks}). Immutable and thread-safe.
 */
public final class TextNormalizer {
    /** One normalization; {@link #standard()} applies them all. */
    public enum Step { LEGACY, NFC, INVISIBLE, SPACE, LOOKALIKE, QUOTE, DASH, TONE }

    private static final TextNormalizer STANDARD = new TextNormalizer(EnumSet.allOf(Step.class));
    /** BMP characters that NFC changes even alone (singleton decompositions such as U+2126 OHM SIGN). */
    private static final BitSet NOT_NFC = new BitSet(0x10000);

    static {
        for (char c = 0x300; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && !Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)) {
                NOT_NFC.set(c);
            }
        }
    }

    private final Set<Step> steps;
    private final boolean space;
    private final boolean lookalike;
    private final boolean quote;
    private final boolean dash;

    private TextNormalizer(Set<Step> steps) {
        this.steps = Set.copyOf(steps);
        this.space = steps.contains(Step.SPACE);
        this.lookalike = steps.contains(Step.LOOKALIKE);
        this.quote = steps.contains(Step.QUOTE);
        this.dash = steps.contains(Step.DASH);
    }

    /** Every step. */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** The given steps only (always applied in the order of {@link Step}). */
    public static TextNormalizer of(Step... steps) {
        EnumSet<Step> set = EnumSet.noneOf(Step.class);
        for (Step s : steps) {
            if (s == null) {
                throw new IllegalArgumentException("steps must not hold null");
            }
            set.add(s);
        }
        return new TextNormalizer(set);
    }

    public Set<Step> steps() {
        return steps;
    }

    /** The normalized text of {@code original} with its offset map. */
    public NormalizedText normalize(String original) {
        if (original == null) {
            throw new IllegalArgumentException("original must not be null");
        }
        String text = original;
        OffsetMap map = OffsetMap.identity(original.length());
        if (steps.contains(Step.LEGACY)) {
            NormalizedText repaired = LegacyText.repair(text);
            text = repaired.text();
            map = repaired.map();
        }
        boolean nfc = steps.contains(Step.NFC);
        boolean invisible = steps.contains(Step.INVISIBLE);
        if (!changesLength(text, nfc, invisible)) {
            // the usual case: every step left is one character for one, so the offsets stay as they are
            char[] chars = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char m = map(c);
                if (m != c) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = m;
                }
            }
            String result = chars == null ? text : new String(chars);
            if (steps.contains(Step.TONE)) {
                result = ToneMarks.canonical(result);
            }
            return new NormalizedText(original, result, map);
        }
        OffsetMap.Builder out = new OffsetMap.Builder(text.length());
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (invisible && isInvisible(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (nfc) {
                while (j < n && isMark(text.charAt(j))) {
                    j++;
                }
            }
            if (j > i + 1 || (nfc && NOT_NFC.get(c))) {
                String cluster = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC);
                if (cluster.length() == j - i) {
                    for (int k = 0; k < cluster.length(); k++) {
                        out.append(map(cluster.charAt(k)), i + k, i + k + 1);
                    }
                } else {
                    for (int k = 0; k < cluster.length(); k++) {
                        out.append(map(cluster.charAt(k)), i, j);
                    }
                }
            } else {
                out.append(map(c), i, j);
            }
            i = j;
        }
        String result = out.text();
        if (steps.contains(Step.TONE)) {
            result = ToneMarks.canonical(result);
        }
        return new NormalizedText(original, result, map.then(out.map()));
    }

    /**
     * The one-for-one steps only (spaces, look-alikes, quotes, dashes, tone marks): a text of the same length whose
     * offsets are those of {@code text}, whatever this normalizer's steps.
     */
    public static String sameLength(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = STANDARD.map(c);
            if (m != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = m;
            }
        }
        return ToneMarks.canonical(chars == null ? text : new String(chars));
    }

    /** NFC with an offset map (a composed letter maps to all the characters it was made of). */
    static NormalizedText compose(String text) {
        return of(Step.NFC).normalize(text);
    }

    private char map(char c) {
        if (c < 0xA0) {
            return c;
        }
        if (space && isSpace(c)) {
            return ' ';
        }
        if (lookalike) {
            if (c == '\u00D0' || c == '\u0189') {
                return '\u0110';
            }
            if (c == '\u00F0') {
                return '\u0111';
            }
        }
        if (quote) {
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E',
                        '\uFF02' -> {
                    return '"';
                }
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\uFF07' -> {
                    return '\'';
                }
                default -> { }
            }
        }
        if (dash) {
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D') {
                return '-';
            }
        }
        return c;
    }

    static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u1680' || c == '\u205F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A');
    }

    /** Zero-width characters, the soft hyphen, bidi marks and isolates: nothing a reader sees. */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u00AD' || c == '\u2060' || c == '\uFEFF' || c == '\u180E'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** True when a step would drop or merge characters of {@code text}. */
    private static boolean changesLength(String text, boolean nfc, boolean invisible) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0xAD) {
                continue;
            }
            if (invisible && isInvisible(c)) {
                return true;
            }
            if (nfc && c >= 0x300 && (NOT_NFC.get(c) || isMark(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

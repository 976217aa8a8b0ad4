package vn.tindex.text.normalize;

/**
 * A text normalized for matching and indexing, with the original it came from and the {@link OffsetMap} between the
 * two: find on {@link #text()}, show and report with {@link #toOriginal} spans of {@link #original()}.
 */
public record NormalizedText(String original, String text, OffsetMap map) {
    public NormalizedText {
        if (original == null || text == null || map == null) {
            throw new IllegalArgumentException("original, text and map must not be null");
        }
        if (map.originalLength() != original.length() || map.normalizedLength() != text.length()) {
            throw new IllegalArgumentException("map lengths (" + map.originalLength() + " -> " + map.normalizedLength()
                    + ") do not fit the texts (" + original.length() + " -> " + text.length() + ")");
        }
    }

    /** A text that needed no change. */
    public static NormalizedText unchanged(String text) {
        return new NormalizedText(text, text, OffsetMap.identity(text.length()));
    }

    /** The original span of the normalized span {@code [start, end)}. */
    public int[] toOriginal(int start, int end) {
        return map.toOriginal(start, end);
    }

    /** The original characters of the normalized span {@code [start, end)}. */
    public String originalOf(int start, int end) {
        int[] span = map.toOriginal(start, end);
        return original.substring(span[0], span[1]);
    }

    /** True when the normalized text has the same length and offsets as the original. */
    public boolean sameOffsets() {
        return map.isIdentity();
    }
}

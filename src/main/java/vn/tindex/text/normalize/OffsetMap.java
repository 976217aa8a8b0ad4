package vn.tindex.text.normalize;

import java.util.Arrays;

/**
 * Where each character of a normalized text came from in the original: character {@code j} of the normalized text
 * was made from the original characters {@code [start(j), end(j))}. A span of the normalized text maps back to the
 * original characters that produced it, so a mention found on the normalized text points at the characters a reader
 * sees. Immutable.
 */
public final class OffsetMap {
    private final int normalizedLength;
    private final int originalLength;
    /** null for the identity. */
    private final int[] starts;
    private final int[] ends;

    private OffsetMap(int normalizedLength, int originalLength, int[] starts, int[] ends) {
        this.normalizedLength = normalizedLength;
        this.originalLength = originalLength;
        this.starts = starts;
        this.ends = ends;
    }

    /** The map of a normalization that changed nothing (or only replaced characters one for one). */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        return new OffsetMap(length, length, null, null);
    }

    public boolean isIdentity() {
        return starts == null;
    }

    public int normalizedLength() {
        return normalizedLength;
    }

    public int originalLength() {
        return originalLength;
    }

    /** The original offset where normalized character {@code j} begins; {@code j == length} gives the original end. */
    public int toOriginalStart(int j) {
        check(j);
        if (starts == null) {
            return j;
        }
        return j == normalizedLength ? originalLength : starts[j];
    }

    /** The original offset where a normalized span ending at {@code j} (exclusive) ends. */
    public int toOriginalEnd(int j) {
        check(j);
        if (starts == null) {
            return j;
        }
        return j == 0 ? (normalizedLength == 0 ? 0 : starts[0]) : ends[j - 1];
    }

    /** The original span {@code [start, end)} of the normalized span {@code [start, end)}. */
    public int[] toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " is after end " + end);
        }
        if (start == end) {
            int at = toOriginalStart(start);
            return new int[] {at, at};
        }
        return new int[] {toOriginalStart(start), toOriginalEnd(end)};
    }

    /**
     * The normalized offset of original offset {@code i}: the first normalized character made from original
     * characters at or after {@code i} (the normalized length when there is none).
     */
    public int toNormalized(int i) {
        if (i < 0 || i > originalLength) {
            throw new IndexOutOfBoundsException("original offset " + i + " outside [0, " + originalLength + "]");
        }
        if (starts == null) {
            return i;
        }
        // starts never decrease: the first j with starts[j] >= i
        int lo = 0;
        int hi = normalizedLength;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** This map followed by {@code next}, a normalization of this map's output. */
    public OffsetMap then(OffsetMap next) {
        if (next.originalLength != normalizedLength) {
            throw new IllegalArgumentException("maps do not chain: " + normalizedLength + " then "
                    + next.originalLength);
        }
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return next;
        }
        int n = next.normalizedLength;
        int[] s = new int[n];
        int[] e = new int[n];
        for (int j = 0; j < n; j++) {
            s[j] = starts[next.starts[j]];
            e[j] = ends[next.ends[j] - 1];
        }
        return new OffsetMap(n, originalLength, s, e);
    }

    private void check(int j) {
        if (j < 0 || j > normalizedLength) {
            throw new IndexOutOfBoundsException("normalized offset " + j + " outside [0, " + normalizedLength + "]");
        }
    }

    /** Builds a normalized text and its map together, one output character (and its source range) at a time. */
    static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;
        private final int originalLength;
        private boolean identity = true;

        Builder(int originalLength) {
            this.originalLength = originalLength;
            this.text = new StringBuilder(originalLength);
            this.starts = new int[Math.max(16, originalLength)];
            this.ends = new int[starts.length];
        }

        /** Appends {@code c}, made from the original characters {@code [from, to)}. */
        void append(char c, int from, int to) {
            int j = text.length();
            if (j == starts.length) {
                starts = Arrays.copyOf(starts, j * 2);
                ends = Arrays.copyOf(ends, j * 2);
            }
            text.append(c);
            starts[j] = from;
            ends[j] = to;
            identity &= from == j && to == j + 1;
        }

        /** Appends {@code s}, every character of it made from the original characters {@code [from, to)}. */
        void append(CharSequence s, int from, int to) {
            for (int k = 0; k < s.length(); k++) {
                append(s.charAt(k), from, to);
            }
        }

        String text() {
            return text.toString();
        }

        OffsetMap map() {
            int n = text.length();
            if (identity && n == originalLength) {
                return identity(n);
            }
            return new OffsetMap(n, originalLength, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}

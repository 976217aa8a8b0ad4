package vn.tindex.text.segment;

/**
 * A word of a text: its span {@code [start, end)} in the text as given (UTF-16 offsets), the text of that span as
 * written, and how many syllables (tokens) it has. {@code normalized} is its syllables in the normalized spelling
 * (NFC, canonical tone marks) joined by single spaces.
 */
public record Word(String text, int start, int end, int syllables, String normalized) {
    public Word {
        if (text == null || normalized == null) {
            throw new IllegalArgumentException("text and normalized must not be null");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad word span: start=" + start + ", end=" + end);
        }
        if (syllables < 1) {
            throw new IllegalArgumentException("syllables must be at least 1: " + syllables);
        }
    }

    /** The word as segmenters print it: syllables joined by {@code _} ({@code Chủ_tịch}). */
    public String joined() {
        return text.strip().replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u00AD]+", "_");
    }
}

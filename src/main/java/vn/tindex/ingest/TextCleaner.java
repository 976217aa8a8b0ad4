package vn.tindex.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalizes article text: NFC; no-break and other Unicode spaces become ' '; zero-width characters, soft hyphens and
 * stray control characters are removed; spaces collapse inside a line; lines are trimmed; paragraphs (blocks
 * separated by blank or whitespace-only lines) are joined by exactly one blank line. Spelling, tone-mark placement,
 * typographic quotes and dashes stay as written. Stateless.
 */
public final class TextCleaner {
    private TextCleaner() {}

    /** The cleaned text, paragraphs joined by "\n\n"; "" for null or blank input. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String[] lines = normalizeChars(vn.tindex.text.normalize.LegacyText.repair(raw).text()).split("\n", -1);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String trimmed = collapseSpaces(line);
            if (trimmed.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(trimmed);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** The cleaned text on one line (line breaks become spaces), or null when nothing is left: for titles, names. */
    public static String cleanInline(String raw) {
        String text = clean(raw).replace('\n', ' ').replace("  ", " ");
        return text.isEmpty() ? null : text;
    }

    /** The paragraphs of a cleaned text. */
    public static List<String> paragraphs(String cleaned) {
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split("\n\n"));
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Maps every character to ' ', '\n' or itself, or drops it; then NFC (after dropping, so marks can compose). */
    private static String normalizeChars(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028') {
                out.append('\n');
            } else if (c == '\u2029') {
                out.append("\n\n");
            } else if (isSpace(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u1680' || c == '\u205F'
                || c == '\u3000' || (c >= '\u2000' && c <= '\u200A');
    }

    /** Zero-width characters, soft hyphen, bidi marks and C0/C1 controls: nothing a reader sees. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF' || c == '\u2060' || c == '\u00AD'
                || (c >= '\u202A' && c <= '\u202E') || c < ' ' || (c >= '\u007F' && c <= '\u009F');
    }

    private static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}

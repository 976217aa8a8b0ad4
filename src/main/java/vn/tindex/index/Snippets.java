package vn.tindex.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the text field with {@code <b>...</b>} around matches. Matches on the folded copy count too
 * ("masked" field), so an unaccented query highlights the accented words. Thread-safe.
 */
final class Snippets {
    static final int FALLBACK_CHARS = 200;
    /** Passages grow from the sentence around a match towards this many chars. */
    private static final int PASSAGE_CHARS = 240;
    private static final int MAX_ANALYZED_CHARS = 1_000_000;
    private static final String ELLIPSIS = "…";

    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher) {
        this.highlighter = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaskedFieldsFunc(field -> IndexSchema.TEXT.equals(field) ? Set.of(IndexSchema.TEXT_FOLDED)
                        : IndexSchema.FACT_TEXT.equals(field) ? Set.of(IndexSchema.FACT_TEXT_FOLDED) : Set.of())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new Formatter())
                .withMaxNoHighlightPassages(0) // null when nothing matches, so we can try again or fall back
                .build();
    }

    /**
     * One snippet per doc id, null where nothing highlights; {@code docIds} in any order. Marks the words as typed
     * ({@code asTyped}) and, for articles found only through folding, the folded matches ({@code full}).
     */
    String[] highlight(Query asTyped, Query full, int[] docIds) throws IOException {
        return highlight(IndexSchema.TEXT, asTyped, full, docIds);
    }

    /** Like {@link #highlight(Query, Query, int[])} on {@code field} ({@code text} or {@code fact_text}). */
    String[] highlight(String field, Query asTyped, Query full, int[] docIds) throws IOException {
        String[] snippets = highlight(field, asTyped, docIds);
        int missing = 0;
        for (String snippet : snippets) {
            missing += snippet == null ? 1 : 0;
        }
        if (missing == 0 || asTyped.equals(full)) {
            return snippets;
        }
        int[] again = new int[missing];
        int[] at = new int[missing];
        for (int i = 0, j = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                again[j] = docIds[i];
                at[j++] = i;
            }
        }
        String[] folded = highlight(field, full, again);
        for (int j = 0; j < missing; j++) {
            snippets[at[j]] = folded[j];
        }
        return snippets;
    }

    private String[] highlight(String field, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return new String[0];
        }
        Map<String, String[]> byField = highlighter.highlightFields(
                new String[] {field}, query, docIds, new int[] {1});
        return byField.get(field);
    }

    /** The start of the text, cut at a word, escaped: for hits where nothing highlights. */
    static String leading(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        if (collapsed.length() <= FALLBACK_CHARS) {
            return escape(collapsed);
        }
        int cut = collapsed.lastIndexOf(' ', FALLBACK_CHARS);
        if (cut < FALLBACK_CHARS / 2) {
            cut = FALLBACK_CHARS;
        }
        return escape(collapsed.substring(0, cut)) + ELLIPSIS;
    }

    static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        appendEscaped(sb, text, 0, text.length());
        return sb.toString();
    }

    /** Appends text[start, end) with {@code & < >} escaped and runs of white space as one space. */
    private static void appendEscaped(StringBuilder sb, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (Character.isWhitespace(c)) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    private static boolean isBlank(String content, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Like Lucene's DefaultPassageFormatter, but escapes only {@code & < >} and merges overlapping matches. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            for (Passage passage : passages) {
                if (!isBlank(content, pos, passage.getStartOffset())) {
                    sb.append(ELLIPSIS);
                }
                pos = passage.getStartOffset();
                int[] starts = passage.getMatchStarts();
                int[] ends = passage.getMatchEnds();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(starts[i], pos);
                    int end = ends[i];
                    while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
                        end = Math.max(end, ends[++i]); // exact and folded hit the same words
                    }
                    if (end <= start) {
                        continue;
                    }
                    appendEscaped(sb, content, pos, start);
                    sb.append("<b>");
                    appendEscaped(sb, content, start, end);
                    sb.append("</b>");
                    pos = end;
                }
                appendEscaped(sb, content, pos, passage.getEndOffset());
                pos = passage.getEndOffset();
            }
            if (!isBlank(content, pos, content.length())) {
                sb.append(ELLIPSIS);
            }
            return sb.toString().strip();
        }
    }
}

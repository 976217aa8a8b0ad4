package vn.tindex.index;

/**
 * A fact of an article, short enough to show beside a hit. {@code kind} is the fact kind's short name
 * ({@code taskcount}, {@code directive}, {@code event}, {@code official}, {@code agency}, {@code date}),
 * {@code label} the fact in a few words ({@code 6 nhiệm vụ trọng tâm}), {@code text} its evidence or details.
 * {@code index} is its position in the record's array of that kind ({@code directives[index]}), -1 when unknown;
 * {@code start}/{@code end} where it stands in the article's text (see {@link FactKind#span}), null when unknown.
 */
public record FactRef(String kind, String label, String text, int index, Integer start, Integer end) {
    public FactRef {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
        if ((start == null) != (end == null) || (start != null && (start < 0 || end < start))) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
    }

    /** A fact with no position. */
    public FactRef(String kind, String label, String text) {
        this(kind, label, text, -1, null, null);
    }
}

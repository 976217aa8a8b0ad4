package vn.tindex.index;

/**
 * A fact of an article, short enough to show beside a hit. {@code kind} is the fact kind's short name
 * ({@code taskcount}, {@code directive}, {@code event}, {@code official}, {@code agency}, {@code date}),
 * {@code label} the fact in a few words ({@code 6 nhiệm vụ trọng tâm}), {@code text} its evidence or details.
 */
public record FactRef(String kind, String label, String text) {
    public FactRef {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
    }
}

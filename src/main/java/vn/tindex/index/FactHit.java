package vn.tindex.index;

/**
 * One matching fact: the article it belongs to ({@code articleId}, {@code title}, {@code published}), its
 * {@code kind} and position ({@code index} into the record's array of that kind), a {@code label}, its evidence as
 * an HTML-safe {@code snippet} with {@code <b>} marks, its span in the article's text ({@code start}/{@code end},
 * null when unknown) and the {@code fact} itself (the model record: TaskCount, Directive, ...).
 */
public record FactHit(String articleId, String title, String published, String kind, int index, String label,
                      String snippet, Integer start, Integer end, Object fact) {
    public FactHit {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId must not be blank");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
    }
}

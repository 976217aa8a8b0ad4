package vn.tindex.index;

import java.util.List;

/**
 * One matching article. {@code snippet} is HTML-safe text ({@code & < >} escaped) with {@code <b>...</b>} around
 * the matches, or the start of the text when nothing highlights; {@code matchingFacts} are the extracted facts
 * that mention a query term or match a filter.
 */
public record Hit(String id, String url, String title, String published, String province, float score,
                  String snippet, List<FactRef> matchingFacts) {
    public Hit {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        matchingFacts = matchingFacts == null ? List.of() : List.copyOf(matchingFacts);
    }
}

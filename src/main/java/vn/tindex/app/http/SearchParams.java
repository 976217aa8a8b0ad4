package vn.tindex.app.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tindex.index.DateRange;
import vn.tindex.index.FactKind;
import vn.tindex.index.SearchRequest;

/**
 * The query parameters of {@code /api/search}, {@code /api/facts} and {@code /api/export} as a {@link SearchRequest}:
 * {@code q}, {@code agency}, {@code official}, {@code post}, {@code province}, {@code kind}, {@code year},
 * {@code from}/{@code to} (article date), {@code publishedFrom}/{@code publishedTo}, {@code meetingFrom}/{@code
 * meetingTo} (yyyy-mm-dd), {@code limit} (1 to {@value #MAX_PAGE}), {@code offset}. Strict: an unknown or repeated
 * parameter, or a bad value, is an IllegalArgumentException naming it.
 */
final class SearchParams {
    /** Largest page the API returns. */
    static final int MAX_PAGE = 100;
    static final Set<String> SEARCH = Set.of("q", "agency", "official", "post", "province", "kind", "year", "from",
            "to", "publishedFrom", "publishedTo", "meetingFrom", "meetingTo", "limit", "offset");

    private final Map<String, List<String>> params;

    /** {@code extra} are the endpoint's own parameters beside the search ones (format, what, max). */
    SearchParams(Map<String, List<String>> params, Set<String> extra) {
        Set<String> known = new TreeSet<>(SEARCH);
        known.addAll(extra);
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "' (parameters: "
                        + String.join(", ", known) + ")");
            }
            if (e.getValue().size() > 1) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' is given "
                        + e.getValue().size() + " times; give it once");
            }
        }
        this.params = params;
    }

    String get(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    SearchRequest request() {
        String kind = get("kind");
        Integer year = get("year") == null ? null : integer("year", 0, 1, 9999);
        return new SearchRequest(get("q"), get("agency"), get("official"), get("province"), get("post"),
                kind == null ? null : FactKind.parse(kind), year, range("from", "to"),
                range("publishedFrom", "publishedTo"), range("meetingFrom", "meetingTo"),
                integer("limit", SearchRequest.DEFAULT_LIMIT, 1, MAX_PAGE),
                integer("offset", 0, 0, SearchRequest.MAX_WINDOW));
    }

    private DateRange range(String from, String to) {
        return new DateRange(day(from), day(to));
    }

    private LocalDate day(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " takes a date as yyyy-mm-dd, not '" + value + "'");
        }
    }
}

package vn.tindex.index;

import java.time.LocalDate;

/**
 * A search: {@code query} in the query syntax of {@link ArticleSearcher} (empty = all articles), optional filters
 * (null = no filter), and a page ({@code limit} 0 means the default 10; {@code offset} skips hits).
 *
 * <p>Filters compare folded text: {@code agency} matches an agency whose canonical name equals it or starts with
 * it followed by a word ({@code Sở Xây dựng} finds {@code Sở Xây dựng tỉnh Lạng Sơn}), or whose short form equals
 * it; {@code official} equals an official's name; {@code province} equals the province ("tỉnh" optional).
 * {@code from}/{@code to} are inclusive and apply to the published date, else the event date.
 */
public record SearchRequest(String query, String agency, String official, String province, LocalDate from,
                            LocalDate to, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        agency = blankToNull(agency);
        official = blankToNull(official);
        province = blankToNull(province);
        if (limit == 0) {
            limit = DEFAULT_LIMIT;
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The first {@value #DEFAULT_LIMIT} articles matching {@code query}, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public SearchRequest withAgency(String value) {
        return new SearchRequest(query, value, official, province, from, to, limit, offset);
    }

    public SearchRequest withOfficial(String value) {
        return new SearchRequest(query, agency, value, province, from, to, limit, offset);
    }

    public SearchRequest withProvince(String value) {
        return new SearchRequest(query, agency, official, value, from, to, limit, offset);
    }

    public SearchRequest withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchRequest(query, agency, official, province, fromDay, toDay, limit, offset);
    }

    public SearchRequest withPage(int pageLimit, int pageOffset) {
        return new SearchRequest(query, agency, official, province, from, to, pageLimit, pageOffset);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

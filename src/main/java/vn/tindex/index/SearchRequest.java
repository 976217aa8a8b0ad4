package vn.tindex.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search: {@code query} in the query language of {@link ArticleQueryParser} (empty = everything), optional
 * filters (null = no filter), and a page ({@code limit} 0 means the default 10; {@code offset} skips hits). The same
 * request searches articles ({@link ArticleSearcher#search}) or facts ({@link ArticleSearcher#searchFacts}).
 *
 * <p>Filters compare folded text: {@code agency} matches an agency whose canonical name equals it or starts with
 * it followed by a word ({@code Sở Xây dựng} finds {@code Sở Xây dựng tỉnh Lạng Sơn}), or whose short form equals
 * it; {@code official} equals an official's name; {@code post} an official's post ({@code Phó Chủ tịch});
 * {@code province} equals the province ("tỉnh" optional); {@code kind} is a fact kind (on articles: having a fact of
 * that kind); {@code year} the article's year (a fact's own year on facts). {@code date} applies to the published
 * date, else the event date; {@code published} to the publication date only; {@code meeting} to the dates of the
 * meetings and visits reported.
 *
 * <p>Bounds, so that no request can ask for too much: {@code limit} at most {@value #MAX_LIMIT},
 * {@code offset + limit} at most {@value #MAX_WINDOW}, the query at most {@value #MAX_QUERY_CHARS} chars.
 */
public record SearchRequest(String query, String agency, String official, String province, String post,
                            FactKind kind, Integer year, DateRange date, DateRange published, DateRange meeting,
                            int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_CHARS = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("the query is too long: " + query.length() + " chars, at most "
                    + MAX_QUERY_CHARS);
        }
        agency = blankToNull(agency);
        official = blankToNull(official);
        province = blankToNull(province);
        post = blankToNull(post);
        date = Objects.requireNonNullElse(date, DateRange.ALL);
        published = Objects.requireNonNullElse(published, DateRange.ALL);
        meeting = Objects.requireNonNullElse(meeting, DateRange.ALL);
        if (limit == 0) {
            limit = DEFAULT_LIMIT;
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW + " (narrow the search"
                    + " or export it): " + offset + " + " + limit);
        }
    }

    /** The request of the first versions: query, agency, official, province and article dates. */
    public SearchRequest(String query, String agency, String official, String province, LocalDate from,
                         LocalDate to, int limit, int offset) {
        this(query, agency, official, province, null, null, null, new DateRange(from, to), null, null, limit,
                offset);
    }

    /** The first {@value #DEFAULT_LIMIT} results matching {@code query}, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    /** Start of the article date filter, or null. */
    public LocalDate from() {
        return date.from();
    }

    /** End of the article date filter, or null. */
    public LocalDate to() {
        return date.to();
    }

    public SearchRequest withQuery(String value) {
        return new SearchRequest(value, agency, official, province, post, kind, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withAgency(String value) {
        return new SearchRequest(query, value, official, province, post, kind, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withOfficial(String value) {
        return new SearchRequest(query, agency, value, province, post, kind, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withProvince(String value) {
        return new SearchRequest(query, agency, official, value, post, kind, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withPost(String value) {
        return new SearchRequest(query, agency, official, province, value, kind, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withKind(FactKind value) {
        return new SearchRequest(query, agency, official, province, post, value, year, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withYear(Integer value) {
        return new SearchRequest(query, agency, official, province, post, kind, value, date, published, meeting,
                limit, offset);
    }

    public SearchRequest withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchRequest(query, agency, official, province, post, kind, year, new DateRange(fromDay, toDay),
                published, meeting, limit, offset);
    }

    public SearchRequest withPublished(DateRange value) {
        return new SearchRequest(query, agency, official, province, post, kind, year, date, value, meeting,
                limit, offset);
    }

    public SearchRequest withMeeting(DateRange value) {
        return new SearchRequest(query, agency, official, province, post, kind, year, date, published, value,
                limit, offset);
    }

    public SearchRequest withPage(int pageLimit, int pageOffset) {
        return new SearchRequest(query, agency, official, province, post, kind, year, date, published, meeting,
                pageLimit, pageOffset);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

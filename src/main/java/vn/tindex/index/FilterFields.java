package vn.tindex.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filter fields of the query language and the Lucene query of each: {@code agency:"Sở Xây dựng"},
 * {@code official:"Lương Trọng Quỳnh"}, {@code post:"Phó Chủ tịch"}, {@code province:"Lạng Sơn"},
 * {@code kind:directive}, {@code year:2020} or {@code year:[2019 TO 2021]}, {@code date:}/{@code published:}/{@code
 * meeting:} with a day, month or year ({@code 2020-10-15}, {@code 2020-10}, {@code 2020}) or a range of them, and
 * {@code by:}/{@code to:} for who gives or receives a directive or task. The same filters back the request's
 * filter options, so the API, the CLI options and typed fields behave alike. A bad value is an
 * IllegalArgumentException that names the field and shows the forms it takes.
 */
final class FilterFields {
    /** The names a user may type before a colon, besides title and text. */
    static final List<String> NAMES = List.of("agency", "official", "post", "province", "kind", "year", "date",
            "published", "meeting", "by", "to");

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private FilterFields() {}

    static boolean isFilter(String field) {
        return NAMES.contains(field);
    }

    /** The query for {@code field:value}. */
    static Query query(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + ": needs a value");
        }
        return switch (field) {
            case "agency" -> agency(IndexSchema.key(v));
            case "official" -> keyQuery(IndexSchema.OFFICIAL_KEY, IndexSchema.key(v));
            case "post" -> keyQuery(IndexSchema.POST_KEY, IndexSchema.key(v));
            case "province" -> keyQuery(IndexSchema.PROVINCE_KEY, IndexSchema.provinceKey(v));
            case "kind" -> new TermQuery(new Term(IndexSchema.KIND, FactKind.parse(v).shortName()));
            case "year" -> IntPoint.newExactQuery(IndexSchema.YEAR, year(v));
            case "date", "published", "meeting" -> days(field, start(field, v), end(field, v));
            case "by" -> name(IndexSchema.BY_KEY, IndexSchema.key(v));
            case "to" -> name(IndexSchema.TO_KEY, IndexSchema.key(v));
            default -> throw new IllegalArgumentException("unknown filter field '" + field + "'");
        };
    }

    /** The query for {@code field:[lower TO upper]}; {@code *} or null leaves an end open. */
    static Query range(String field, String lower, String upper, boolean lowerInclusive, boolean upperInclusive) {
        boolean openLow = lower == null || lower.equals("*");
        boolean openHigh = upper == null || upper.equals("*");
        switch (field) {
            case "year" -> {
                int from = openLow ? Integer.MIN_VALUE : year(lower) + (lowerInclusive ? 0 : 1);
                int to = openHigh ? Integer.MAX_VALUE : year(upper) - (upperInclusive ? 0 : 1);
                return IntPoint.newRangeQuery(IndexSchema.YEAR, from, to);
            }
            case "date", "published", "meeting" -> {
                LocalDate from = openLow ? null
                        : lowerInclusive ? start(field, lower) : end(field, lower).plusDays(1);
                LocalDate to = openHigh ? null
                        : upperInclusive ? end(field, upper) : start(field, upper).minusDays(1);
                return days(field, from, to);
            }
            default -> throw new IllegalArgumentException("ranges like [a TO b] work on year, date, published and"
                    + " meeting, not on " + field);
        }
    }

    /** Days of the article (or fact) date, publication or meetings; null ends are open. */
    static Query days(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            return new MatchNoDocsQuery(field + " range is empty");
        }
        return LongPoint.newRangeQuery(dayField(field), from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    private static String dayField(String field) {
        return switch (field) {
            case "published" -> IndexSchema.PUBLISHED_DAY;
            case "meeting" -> IndexSchema.MEETING_DAY;
            default -> IndexSchema.DATE;
        };
    }

    /** Canonical name equal to the key or starting with it and a space, or short form equal to it. */
    static Query agency(String key) {
        if (key.isEmpty()) {
            return new MatchNoDocsQuery("agency filter has no words");
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.AGENCY_KEY, key)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(IndexSchema.AGENCY_KEY, key + " ")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexSchema.AGENCY_SHORT_KEY, key)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A name key equal to the key or starting with it and a space ({@code Sở Xây dựng} for its canonical name). */
    static Query name(String field, String key) {
        if (key.isEmpty()) {
            return new MatchNoDocsQuery(field + " filter has no words");
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, key)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, key + " ")), BooleanClause.Occur.SHOULD)
                .build();
    }

    static Query keyQuery(String field, String key) {
        return key.isEmpty() ? new MatchNoDocsQuery(field + " filter has no words")
                : new TermQuery(new Term(field, key));
    }

    private static int year(String value) {
        String v = value.strip();
        if (!v.matches("\\d{4}")) {
            throw new IllegalArgumentException("year: takes a year like 2020 or a range like [2019 TO 2021], not '"
                    + value + "'");
        }
        return Integer.parseInt(v);
    }

    /** The first day of {@code 2020}, {@code 2020-10} or {@code 2020-10-15}. */
    static LocalDate start(String field, String value) {
        Matcher m = period(field, value);
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return LocalDate.of(year, 1, 1);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? LocalDate.of(year, month, 1)
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw badPeriod(field, value);
        }
    }

    /** The last day of {@code 2020}, {@code 2020-10} or {@code 2020-10-15}. */
    static LocalDate end(String field, String value) {
        Matcher m = period(field, value);
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return LocalDate.of(year, 12, 31);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? YearMonth.of(year, month).atEndOfMonth()
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw badPeriod(field, value);
        }
    }

    private static Matcher period(String field, String value) {
        Matcher m = PERIOD.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw badPeriod(field, value);
        }
        return m;
    }

    private static IllegalArgumentException badPeriod(String field, String value) {
        return new IllegalArgumentException(field + ": takes a day, month or year (2020-10-15, 2020-10, 2020) or a"
                + " range like [2020-01 TO 2020-06], not '" + value + "'");
    }
}

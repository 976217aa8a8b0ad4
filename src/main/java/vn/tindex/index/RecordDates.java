package vn.tindex.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Event;

/**
 * When an article happened, for the date filter and the year facet: the published date, else the first event
 * date, else the first DATE expression with a full value. Values that do not parse are skipped (lenient with data).
 */
final class RecordDates {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:$|[-T/])");

    private RecordDates() {}

    /** The article's day, if any of its dates names one. */
    static Optional<LocalDate> day(ArticleRecord record) {
        Optional<LocalDate> day = parseDay(record.published());
        for (Event event : record.events()) {
            if (day.isPresent()) {
                return day;
            }
            day = parseDay(event.date());
        }
        return day.isPresent() ? day : firstFullDate(record);
    }

    /** The article's year: published, else the first event date (even "2020-10"), else the first full DATE. */
    static OptionalInt year(ArticleRecord record) {
        OptionalInt year = parseYear(record.published());
        if (year.isPresent()) {
            return year;
        }
        for (Event event : record.events()) {
            year = parseYear(event.date());
            if (year.isPresent()) {
                return year;
            }
        }
        return firstFullDate(record).map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
    }

    private static Optional<LocalDate> firstFullDate(ArticleRecord record) {
        for (DateFact date : record.dates()) {
            if ("DATE".equals(date.type())) {
                Optional<LocalDate> day = parseDay(date.value());
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code 2020-10-15}, {@code 2020-10-15T08:00}, {@code 2020-10-15 08:00:00+07:00}; anything else is empty. */
    static Optional<LocalDate> parseDay(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2020-02-31: bad data, no date
        }
    }

    static OptionalInt parseYear(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(value.strip());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}

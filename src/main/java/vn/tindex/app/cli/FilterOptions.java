package vn.tindex.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;
import vn.tindex.index.DateRange;
import vn.tindex.index.FactKind;
import vn.tindex.index.SearchRequest;

/**
 * The filter options {@code search} and {@code export} share; they mean what the query's own fields mean
 * ({@code --agency A} is {@code agency:"A"}), and both may be used together.
 */
final class FilterOptions {
    @Option(names = "--agency", paramLabel = "A", description = "agency, short or canonical name (\"Sở Xây dựng\")")
    String agency;

    @Option(names = "--official", paramLabel = "O", description = "official's name")
    String official;

    @Option(names = "--post", paramLabel = "P", description = "official's post (\"Phó Chủ tịch\")")
    String post;

    @Option(names = "--province", paramLabel = "P", description = "province")
    String province;

    @Option(names = "--kind", paramLabel = "K", description = "fact kind: date, official, agency, taskcount,"
            + " directive, event (articles having one; with --facts, facts of that kind)")
    String kind;

    @Option(names = "--year", paramLabel = "YYYY", description = "year of the article (of the fact, with --facts)")
    Integer year;

    @Option(names = "--from", paramLabel = "DATE", description = "from this date (yyyy-mm-dd), inclusive")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this date (yyyy-mm-dd), inclusive")
    String to;

    @Option(names = "--meeting-from", paramLabel = "DATE", description = "meetings reported from this date")
    String meetingFrom;

    @Option(names = "--meeting-to", paramLabel = "DATE", description = "meetings reported up to this date")
    String meetingTo;

    /** The request for {@code query} with these filters, {@code limit} results from the first. */
    SearchRequest request(String query, int limit) {
        return new SearchRequest(query, agency, official, province, post, kind == null ? null : FactKind.parse(kind),
                year, new DateRange(day(from, "--from"), day(to, "--to")), DateRange.ALL,
                new DateRange(day(meetingFrom, "--meeting-from"), day(meetingTo, "--meeting-to")), limit, 0);
    }

    static LocalDate day(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date as yyyy-mm-dd, not '" + value + "'");
        }
    }
}

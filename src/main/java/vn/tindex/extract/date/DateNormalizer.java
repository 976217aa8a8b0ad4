package vn.tindex.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of one matched temporal expression into its type and value, given a year for expressions written
 * without one ({@code null} when none is known: then the value is null, never a guessed year) and the publication
 * date for relative expressions. The rule family ({@code day}, {@code month}, ...) says how to read the text.
 */
final class DateNormalizer {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}))?");
    private static final Pattern DAY_WORDS = Pattern.compile("ngày (\\d{1,2}) tháng (\\S+)(?: năm (\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_NUM = Pattern.compile("tháng (\\d{1,2})(?:[/\\-](\\d{4}))?");
    private static final Pattern MONTH_WORD = Pattern.compile("tháng (\\S+)");
    private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i|[1-4])");
    private static final Pattern PART = Pattern.compile("(\\S+) tháng (đầu|cuối) năm");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?: giờ|h|:)(?: ?(\\d{1,2}))?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}) (ngày|tháng|năm|tuần|giờ)");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("giêng", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
            Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("chạp", 12));

    /** The type, value and part of day of a matched expression. */
    record Normalized(String type, String value, String partOfDay) {}

    /** Whether the expression carries its own year (so it can anchor others). */
    static Integer explicitYear(String family, String text) {
        if (family.equals("relative") || family.equals("duration")) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    static Normalized normalize(String family, String lower, Integer contextYear, LocalDate published) {
        String pod = partOfDay(lower);
        Integer year = explicitYear(family, lower);
        Integer y = year != null ? year : contextYear;
        return switch (family) {
            case "day" -> new Normalized("DATE", day(lower, y), pod);
            case "time" -> new Normalized("TIME", time(lower, y), pod);
            case "month" -> new Normalized("DATE", month(lower, y), null);
            case "year" -> new Normalized("DATE", year == null ? null : String.valueOf(year), null);
            case "vague" -> new Normalized("PERIOD", y == null ? null : String.valueOf(y), null);
            case "quarter" -> new Normalized("PERIOD", quarter(lower, y), null);
            case "part" -> new Normalized("PERIOD", part(lower, y), null);
            case "yspan" -> new Normalized("PERIOD", yearSpan(lower), null);
            case "span" -> new Normalized("PERIOD", span(lower, y), null);
            case "duration" -> new Normalized("DURATION", duration(lower), null);
            case "relative" -> new Normalized("DATE", relative(lower, published), null);
            case "tet" -> new Normalized("DATE", LunarNewYear.firstDay(lower, y), null);
            // resolved against the other dates of the article (DateAnnotator.resolveRelations)
            case "sameperiod" -> new Normalized("PERIOD", null, null);
            case "weekday" -> new Normalized("DATE", null, pod);
            default -> throw new IllegalArgumentException("unknown date rule family: " + family);
        };
    }

    static String partOfDay(String lower) {
        if (lower.startsWith("sáng")) {
            return "MO";
        }
        if (lower.startsWith("chiều") || lower.startsWith("trưa")) {
            return "AF";
        }
        if (lower.startsWith("tối")) {
            return "EV";
        }
        if (lower.startsWith("đêm")) {
            return "NI";
        }
        Matcher pod = Pattern.compile("\\b(sáng|chiều|trưa|tối|đêm)\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher(lower);
        return pod.find() ? partOfDay(pod.group(1)) : null;
    }

    private static String day(String lower, Integer year) {
        Matcher words = DAY_WORDS.matcher(lower);
        if (words.find()) {
            Integer month = monthNumber(words.group(2));
            Integer y = words.group(3) != null ? Integer.valueOf(words.group(3)) : year;
            return month == null ? null : isoDay(y, month, Integer.parseInt(words.group(1)));
        }
        Matcher m = DMY.matcher(lower);
        if (!m.find()) {
            return null;
        }
        Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : year;
        return isoDay(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static String time(String lower, Integer year) {
        Matcher dateMatch = DMY.matcher(lower);
        String date = null;
        int dateStart = lower.length();
        while (dateMatch.find()) {
            // the date is the last d/m(/y) group; "8:30" is a clock, not a date
            if (lower.charAt(dateMatch.start() + dateMatch.group(1).length()) != ':') {
                Integer y = dateMatch.group(3) != null ? Integer.valueOf(dateMatch.group(3)) : year;
                date = isoDay(y, Integer.parseInt(dateMatch.group(2)), Integer.parseInt(dateMatch.group(1)));
                dateStart = dateMatch.start();
            }
        }
        Matcher clock = CLOCK.matcher(lower.substring(0, dateStart));
        if (date == null || !clock.find()) {
            return null;
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
        if ("AF".equals(partOfDay(lower)) || "EV".equals(partOfDay(lower))) {
            hour = hour < 12 ? hour + 12 : hour;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return String.format("%sT%02d:%02d", date, hour, minute);
    }

    private static String month(String lower, Integer year) {
        Matcher num = MONTH_NUM.matcher(lower);
        Integer month;
        Integer y = year;
        if (num.find()) {
            month = Integer.valueOf(num.group(1));
            if (num.group(2) != null) {
                y = Integer.valueOf(num.group(2));
            }
        } else {
            Matcher word = MONTH_WORD.matcher(lower);
            month = word.find() ? monthNumber(word.group(1)) : null;
        }
        if (month == null || month < 1 || month > 12 || y == null) {
            return null;
        }
        return String.format("%04d-%02d", y, month);
    }

    private static String quarter(String lower, Integer year) {
        Matcher m = QUARTER.matcher(lower);
        if (!m.find() || year == null) {
            return null;
        }
        int q = switch (m.group(1)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
        return year + "-Q" + q;
    }

    private static String part(String lower, Integer year) {
        if (year == null) {
            return null;
        }
        if (lower.startsWith("nửa")) {
            boolean first = lower.contains("đầu");
            if (lower.contains("tháng")) {
                Matcher m = MONTH_NUM.matcher(lower);
                if (!m.find()) {
                    return null;
                }
                int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
                return String.format("%04d-%02d", y, Integer.parseInt(m.group(1)));
            }
            return first ? months(year, 1, 6) : months(year, 7, 12);
        }
        Matcher m = PART.matcher(lower);
        if (!m.find()) {
            return null;
        }
        Integer n = m.group(1).matches("\\d+") ? Integer.valueOf(m.group(1)) : NUMBER_WORDS.get(m.group(1));
        if (n == null || n < 1 || n > 11) {
            return null;
        }
        return m.group(2).equals("đầu") ? months(year, 1, n) : months(year, 13 - n, 12);
    }

    private static String months(int year, int from, int to) {
        return String.format("%04d-%02d/%04d-%02d", year, from, year, to);
    }

    private static String yearSpan(String lower) {
        Matcher m = YEAR.matcher(lower.replaceAll("[\\-–—]", " "));
        if (!m.find()) {
            return null;
        }
        String first = m.group(1);
        return m.find() ? first + "/" + m.group(1) : null;
    }

    private static String span(String lower, Integer year) {
        int cut = lower.indexOf(" đến ");
        if (cut < 0) {
            cut = lower.indexOf(" tới ");
        }
        if (cut < 0) {
            Matcher dash = Pattern.compile(" ?[\\-–—] ?").matcher(lower);
            if (!dash.find(3)) {
                return null;
            }
            cut = dash.start();
        }
        String left = lower.substring(0, cut);
        String right = lower.substring(cut);
        Integer rightYear = explicitYear("span", right);
        Integer y = rightYear != null ? rightYear : year;
        String end = endpoint(right, y);
        Integer leftYear = explicitYear("span", left);
        String begin = endpoint(left, leftYear != null ? leftYear : y);
        return begin == null || end == null ? null : begin + "/" + end;
    }

    private static String endpoint(String part, Integer year) {
        if (part.contains("năm") && !part.contains("tháng") && !DMY.matcher(part).find()) {
            Integer y = explicitYear("span", part);
            return y == null ? null : String.valueOf(y);
        }
        if (part.contains("tháng")) {
            return month(part, year);
        }
        return day(part, year);
    }

    private static String duration(String lower) {
        Matcher m = DURATION.matcher(lower);
        if (!m.find()) {
            return null;
        }
        String unit = switch (m.group(2)) {
            case "ngày" -> "D";
            case "tháng" -> "M";
            case "năm" -> "Y";
            case "tuần" -> "W";
            default -> "H";
        };
        return (unit.equals("H") ? "PT" : "P") + Integer.parseInt(m.group(1)) + unit;
    }

    private static String relative(String lower, LocalDate published) {
        if (published == null) {
            return null;
        }
        String[] words = lower.split("\\s+");
        String unit = words[0];
        String which = words[words.length - 1];
        int shift = switch (which) {
            case "trước", "ngoái", "qua" -> -1;
            case "tới", "sau", "mai" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "hôm", "ngày" -> published.plusDays(shift).toString();
            case "tuần" -> {
                LocalDate d = published.plusWeeks(shift).with(DayOfWeek.MONDAY);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "tháng" -> {
                LocalDate d = published.plusMonths(shift);
                yield String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(published.getYear() + shift);
        };
    }

    private static Integer monthNumber(String word) {
        if (word.matches("\\d{1,2}")) {
            int m = Integer.parseInt(word);
            return m >= 1 && m <= 12 ? m : null;
        }
        return NUMBER_WORDS.get(word);
    }

    static String isoDay(Integer year, int month, int day) {
        if (year == null || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}

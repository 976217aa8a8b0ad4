package vn.tindex.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as portals write them and returns ISO-8601: {@code 2020-10-15T16:30:00+07:00} when there
 * is a time (local Vietnam time unless an offset is written), {@code 2020-10-15} when only a date. Shapes:
 * {@code 15/10/2020 16:30}, {@code Thứ Năm, 15/10/2020 | 16:30}, {@code 16:30 | 15/10/2020},
 * {@code Cập nhật: Thứ Hai, 15/10/2018 - 14:35}, {@code (15/10/2016)}, {@code Ngày: 15/10/2016 08:12:00 AM},
 * {@code ngày 15 tháng 10 năm 2020}, and ISO values in metadata. Stateless.
 */
final class Datelines {
    static final String VIETNAM_OFFSET = "+07:00";

    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YMD = Pattern.compile("(?<![\\d/.\\-])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d/.:,])(\\d{1,2})\\s?(?::|h|g|giờ)\\s?(\\d{2})(?:\\s?:\\s?(\\d{2}))?(?![\\d/])"
                    + "(?:\\s?(AM|PM|SA|CH)(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO_TIME = Pattern.compile(
            "((?:19|20)\\d{2}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2})?(?:[.,]\\d+)?\\s?(Z|[+\\-]\\d{2}:?\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("(?:19|20)\\d{2}-\\d{2}-\\d{2}");

    private Datelines() {}

    /** The ISO form of a metadata value (ISO, with or without offset, or a dateline shape), or null. */
    static String normalizeMeta(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO_TIME.matcher(v);
        if (m.matches()) {
            if (date(m.group(1)) == null) {
                return null;
            }
            String seconds = m.group(3) == null ? ":00" : m.group(3);
            String offset = m.group(4) == null ? VIETNAM_OFFSET : offset(m.group(4));
            String time = m.group(2) + seconds;
            return validTime(time) ? m.group(1) + "T" + time + offset : null;
        }
        if (ISO_DATE.matcher(v).matches()) {
            return date(v) == null ? null : v;
        }
        return parse(v);
    }

    /** The first date in a short text, with the time written next to it, as ISO; null when there is no date. */
    static String parse(String text) {
        if (text == null) {
            return null;
        }
        String t = TextCleaner.cleanInline(text);
        if (t == null) {
            return null;
        }
        Found date = firstDate(t);
        if (date == null) {
            return null;
        }
        String rest = t.substring(0, date.start) + " ".repeat(date.end - date.start) + t.substring(date.end);
        String time = time(rest);
        return time == null ? date.iso : date.iso + "T" + time + VIETNAM_OFFSET;
    }

    /** True when the text holds a date that {@link #parse} reads. */
    static boolean hasDate(String text) {
        return text != null && firstDate(text) != null;
    }

    private record Found(String iso, int start, int end) {}

    private static Found firstDate(String t) {
        Found best = null;
        for (Pattern p : new Pattern[] {DMY, WORDS, YMD}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                boolean yearFirst = p == YMD;
                String iso = date(yearFirst ? m.group(1) : m.group(3), m.group(2), yearFirst ? m.group(3) : m.group(1));
                if (iso != null) {
                    if (best == null || m.start() < best.start) {
                        best = new Found(iso, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static String time(String text) {
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            String half = m.group(4) == null ? null : m.group(4).toUpperCase(Locale.ROOT);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                boolean pm = half.equals("PM") || half.equals("CH");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour <= 23 && minute <= 59 && second <= 59) {
                return String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, second);
            }
        }
        return null;
    }

    private static String date(String iso) {
        return date(iso.substring(0, 4), iso.substring(5, 7), iso.substring(8, 10));
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean validTime(String hhmmss) {
        int h = Integer.parseInt(hhmmss.substring(0, 2));
        int m = Integer.parseInt(hhmmss.substring(3, 5));
        int s = Integer.parseInt(hhmmss.substring(6, 8));
        return h <= 23 && m <= 59 && s <= 59;
    }

    /** "+0700" -> "+07:00"; "Z" and "+07:00" stay. */
    private static String offset(String written) {
        if (written.equals("Z") || written.contains(":")) {
            return written;
        }
        return written.substring(0, 3) + ":" + written.substring(3);
    }
}

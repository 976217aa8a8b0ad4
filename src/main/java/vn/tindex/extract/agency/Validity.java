package vn.tindex.extract.agency;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a name was in force, both ends included; a null end is open ("..2025-02-28": until the 2025 merger,
 * "2025-03-01..": from it, "..": not known to have ended, or dates not known). Written {@code from..until} in ISO
 * dates in {@code bodies.tsv}.
 */
record Validity(LocalDate from, LocalDate until) {
    static final Validity ALWAYS = new Validity(null, null);

    Validity {
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("validity starts after it ends: " + from + ".." + until);
        }
    }

    /** "2025-03-01..", "..2025-02-28", "2024-01-01..2025-06-30" or ".."; anything else is an error naming it. */
    static Validity parse(String written) {
        int dots = written == null ? -1 : written.indexOf("..");
        if (dots < 0 || written.indexOf("..", dots + 1) >= 0) {
            throw new IllegalArgumentException("validity must be from..until (ISO dates, either end empty): '"
                    + written + "'");
        }
        return new Validity(day(written, written.substring(0, dots)), day(written, written.substring(dots + 2)));
    }

    /** Whether the name was in force on {@code date}; a null date (not known) is in every period. */
    boolean contains(LocalDate date) {
        return date == null || (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    private static LocalDate day(String written, String end) {
        if (end.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("validity has a bad date '" + end + "' in '" + written + "'", e);
        }
    }

    @Override
    public String toString() {
        return (from == null ? "" : from.toString()) + ".." + (until == null ? "" : until.toString());
    }
}

package vn.tindex.index;

import java.time.LocalDate;

/** Days from {@code from} to {@code to}, both inclusive; a null end is open. {@link #ALL} has neither. */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** The epoch days of the ends, open ends as Long.MIN_VALUE / Long.MAX_VALUE. */
    long fromDay() {
        return from == null ? Long.MIN_VALUE : from.toEpochDay();
    }

    long toDay() {
        return to == null ? Long.MAX_VALUE : to.toEpochDay();
    }
}

package vn.tindex.index;

/**
 * Task counts of the matching task-count facts added up per {@code year} and {@code status} ({@code null} when
 * unknown): {@code tasks} is the sum of their counts, {@code facts} how many facts were added.
 */
public record TaskTotal(int year, String status, long tasks, long facts) {}

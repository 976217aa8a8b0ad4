package vn.tindex.model;

/** A counted set of tasks or targets ("06 nhiệm vụ trọng tâm", "187/187 nhiệm vụ"); {@code text} is the sentence. */
public record TaskCount(long count, Long of, String task, String status, String assignedBy, String assignee,
                        String period, String text, int start, int end) {
    public TaskCount {
        Checks.span(start, end, text);
        Checks.required(task, "task");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}

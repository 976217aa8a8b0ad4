package vn.tindex.app.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts of a batch, updated from several threads: articles read; then what became of them (imported, replaced,
 * unchanged, duplicates by URL or by text, failed) and the failures by kind of reason; words extracted; elapsed time.
 */
public final class BatchStats {
    private static final Pattern REASON_KIND = Pattern.compile("^[^:(]+");

    final AtomicLong read = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong duplicateUrl = new AtomicLong();
    final AtomicLong duplicateText = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    /** Articles through extraction, with or without success (what progress counts as done). */
    final AtomicLong done = new AtomicLong();
    final AtomicLong words = new AtomicLong();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    public long read() {
        return read.get();
    }

    public long imported() {
        return imported.get();
    }

    public long replaced() {
        return replaced.get();
    }

    public long unchanged() {
        return unchanged.get();
    }

    public long duplicates() {
        return duplicateUrl.get() + duplicateText.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Articles extracted successfully (imported, replaced, or written by extract). */
    public long extracted() {
        return imported.get() + replaced.get();
    }

    public long words() {
        return words.get();
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Counts a failure under the kind of its reason: the words before the first ':' or '('. */
    void fail(String reason) {
        failed.incrementAndGet();
        Matcher m = REASON_KIND.matcher(reason);
        String kind = m.find() ? m.group().strip() : reason;
        reasons.computeIfAbsent(kind.isEmpty() ? reason : kind, k -> new LongAdder()).increment();
    }

    /** The failures by kind, most frequent first: {@code "3 invalid JSON, 1 binary file, not text"}. */
    public String failureKinds() {
        List<Map.Entry<String, LongAdder>> kinds = new ArrayList<>(reasons.entrySet());
        kinds.sort((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, LongAdder> e : kinds) {
            parts.add(e.getValue().sum() + " " + e.getKey());
        }
        return String.join("; ", parts);
    }

    /** Articles (extracted) per second since the batch started. */
    public double rate() {
        double s = seconds();
        return s <= 0 ? 0 : extracted() / s;
    }

    /** The summary of an import, one line. */
    String importSummary() {
        return String.format(Locale.ROOT,
                "%d read, %d imported, %d replaced, %d unchanged, %d duplicates (%d same URL, %d same text),"
                        + " %d failed; %s, %.1f articles/s",
                read(), imported(), replaced(), unchanged(), duplicates(), duplicateUrl.get(), duplicateText.get(),
                failed(), duration(seconds()), rate());
    }

    /** The summary of an extraction, one line. */
    String extractSummary() {
        return String.format(Locale.ROOT, "%d read, %d extracted, %d failed; %s, %.1f articles/s",
                read(), extracted(), failed(), duration(seconds()), rate());
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}

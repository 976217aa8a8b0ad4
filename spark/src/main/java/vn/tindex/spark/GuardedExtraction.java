package vn.tindex.spark;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskContext;
import vn.tindex.codec.RecordJson;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.TextFingerprint;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Issue;

/**
 * Extracts the articles of one partition, one at a time, each under the guard the command line gives it: an
 * exception, a stack overflow or running out of memory becomes an {@link Issue} naming the article's input, and so
 * does an extraction over its time limit ({@code timeout} plus 50 ms per 1,000 characters, as in the command line);
 * the late worker is interrupted and, if it does not stop, left behind for a new one, so one pathological page never
 * holds up a task. Reasons read as the command line's do ({@code extraction failed: ...}). Issues from reading pass
 * through unchanged.
 */
final class GuardedExtraction implements Iterator<Outcome> {
    private static final Duration PER_KILO_CHAR = Duration.ofMillis(50);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Iterator<Outcome> items;
    private final Extractor extractor;
    private final Duration timeout;
    private ExecutorService worker = newWorker();

    GuardedExtraction(Iterator<Outcome> items, Extractor extractor, Duration timeout) {
        this.items = items;
        this.extractor = extractor;
        this.timeout = timeout;
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> worker.shutdownNow());
        }
    }

    @Override
    public boolean hasNext() {
        boolean more = items.hasNext();
        if (!more) {
            worker.shutdownNow();
        }
        return more;
    }

    @Override
    public Outcome next() {
        Outcome item = items.next();
        return item.is(Outcome.Kind.ARTICLE) ? extract(item) : item;
    }

    private Outcome extract(Outcome item) {
        ArticleRow row = item.article;
        long limit = timeout.toNanos() + PER_KILO_CHAR.toNanos() * row.length() / 1000;
        Future<ArticleRecord> running = worker.submit(() -> extractor.extract(row.article()));
        try {
            ArticleRecord record = running.get(limit, TimeUnit.NANOSECONDS);
            String published = record.published();
            Integer year = published != null && published.matches("^\\d{4}(?:$|[-T/].*)")
                    ? Integer.valueOf(published.substring(0, 4)) : null;
            return Outcome.record(item.file, item.seq, record.id(), RecordJson.toLine(record), year,
                    TextFingerprint.of(record.text()));
        } catch (TimeoutException e) {
            running.cancel(true);
            replaceIfStuck();
            return failed(item, String.format(Locale.ROOT,
                    "extraction timed out (over %.0f s on a text of %d characters)", limit / 1e9, row.length()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StackOverflowError) {
                return failed(item, "extraction failed: text nested or repeated too deeply");
            }
            if (cause instanceof OutOfMemoryError) {
                return failed(item, "extraction failed: out of memory on a text of " + row.length() + " characters");
            }
            return failed(item, "extraction failed: " + describe(cause));
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted", e);
        }
    }

    /** Gives the interrupted worker a moment to stop; one that goes on is abandoned (a daemon) for a fresh one. */
    private void replaceIfStuck() {
        ExecutorService late = worker;
        late.shutdownNow();
        worker = newWorker();
        try {
            late.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Outcome failed(Outcome item, String reason) {
        return Outcome.issue(item.file, item.seq, new Issue(item.article.input(), reason), "extract");
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tindex-spark-extract");
            t.setDaemon(true);
            return t;
        });
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
        return message == null || message.isBlank() ? "internal error (" + kind + ")"
                : message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}

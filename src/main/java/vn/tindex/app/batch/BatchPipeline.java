package vn.tindex.app.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Issue;

/**
 * Runs a batch: one thread reads the inputs (in order), {@code threads} workers extract (and run the per-record
 * {@link Work}, such as indexing) in parallel, and the calling thread takes the outcomes back in input order and
 * hands them to the {@link Sink}. Memory is bounded: at most {@code maxInFlight} articles, and about
 * {@code budgetChars} characters of text, are between reading and the sink at any time; the reader waits otherwise.
 *
 * <p>Each article is guarded: an exception, a stack overflow or running out of memory in its extraction becomes an
 * {@link Issue} naming its input, and so does an extraction that runs past its time limit (a base plus a time per
 * character). A worker over its limit is interrupted; one that does not stop soon is left behind and replaced, so the
 * batch goes on at full speed.
 *
 * @param <T> what the work gives the sink for each article (a JSON line, or nothing)
 */
public final class BatchPipeline<T> {
    /** Decides, in input order, whether an article is extracted: a tag that travels with it to the sink, or null. */
    public interface Admission {
        Object admit(Article article);
    }

    /** Runs in the worker after extraction; an exception fails the article. */
    public interface Work<T> {
        T apply(ArticleRecord record) throws Exception;
    }

    /** Takes each extracted article, in input order, in the calling thread; an exception stops the batch. */
    public interface Sink<T> {
        void accept(T value, Article article, Object tag) throws IOException;
    }

    /** How the pipeline runs. */
    public record Options(int threads, Duration timeoutBase, Duration timeoutPerKiloChar, int maxInFlight,
                          int budgetChars, int maxChars) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (timeoutBase == null || timeoutBase.isNegative() || timeoutBase.isZero()) {
                throw new IllegalArgumentException("timeoutBase must be positive: " + timeoutBase);
            }
            if (timeoutPerKiloChar == null || timeoutPerKiloChar.isNegative()) {
                throw new IllegalArgumentException("timeoutPerKiloChar must not be negative: " + timeoutPerKiloChar);
            }
            if (maxInFlight < 1 || budgetChars < 1 || maxChars < 1) {
                throw new IllegalArgumentException("maxInFlight, budgetChars and maxChars must be positive");
            }
        }

        /**
         * Defaults for this JVM: {@code threads} workers, 60 s plus 50 ms per 1,000 characters for each article, 16
         * articles per worker in flight, a text budget of a 24th of the maximum heap in characters, and texts of at
         * most {@link #MAX_CHARS} characters.
         */
        public static Options defaults(int threads) {
            long budget = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 24);
            return new Options(threads, Duration.ofSeconds(60), Duration.ofMillis(50), 16 * threads + 16,
                    (int) Math.min(Integer.MAX_VALUE / 2, budget), MAX_CHARS);
        }

        public Options withTimeout(Duration base) {
            return new Options(threads, base, timeoutPerKiloChar, maxInFlight, budgetChars, maxChars);
        }
    }

    /**
     * The longest text extracted: 1,000,000 characters, some 200 times a long press release. A longer "article" is
     * a dump or a page gone wrong (a 6 MB text with no line break takes minutes and gigabytes to annotate), and is
     * reported instead.
     */
    public static final int MAX_CHARS = 1_000_000;
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Extractor extractor;
    private final Options options;
    private final BatchStats stats;
    private final IssueLog log;

    public BatchPipeline(Extractor extractor, Options options, BatchStats stats, IssueLog log) {
        if (extractor == null || options == null || stats == null || log == null) {
            throw new IllegalArgumentException("extractor, options, stats and log must not be null");
        }
        this.extractor = extractor;
        this.options = options;
        this.stats = stats;
        this.log = log;
    }

    private record Task(long seq, Article article, Object tag, int cost, long bytesRead, AtomicBoolean claimed) {
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    private record Outcome<T>(long seq, Task task, T value, Issue issue) {}

    private static final Task POISON = new Task(-1, null, null, 0, 0, new AtomicBoolean());

    private final java.util.concurrent.atomic.AtomicLong doneBytes = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ArticleInputs reading;

    /**
     * How far the batch has come in input bytes: where the reader was when it read the last article the sink took,
     * or, with nothing in flight, where the reader is (so skipped and failed inputs count too).
     */
    public long bytesDone() {
        ArticleInputs r = reading;
        return inFlight.get() == 0 && r != null ? r.bytesDone() : doneBytes.get();
    }

    /** Reads, extracts and sinks every article of {@code inputs}; returns when all are done. */
    public void run(ArticleInputs reader, List<String> inputs, Admission admission, Work<T> work, Sink<T> sink)
            throws IOException {
        BlockingQueue<Task> queue = new ArrayBlockingQueue<>(options.maxInFlight() + 1);
        Semaphore slots = new Semaphore(options.maxInFlight());
        Semaphore chars = new Semaphore(options.budgetChars());
        reading = reader;
        Ordered<T> outcomes = new Ordered<>();
        Workers<T> workers = new Workers<>(queue, outcomes, work);
        Thread readerThread = new Thread(() -> {
            long[] seq = {0};
            try {
                reader.read(inputs, article -> {
                    stats.read.incrementAndGet();
                    if (article.text().length() > options.maxChars()) {
                        log.failed(new Issue(article.source() == null ? article.id() : article.source(),
                                "text too long to extract (" + article.text().length() + " characters; the limit is "
                                        + options.maxChars() + ")"));
                        return;
                    }
                    Object tag = admission.admit(article);
                    if (tag == null) {
                        return;
                    }
                    int cost = (int) Math.min(options.budgetChars(), Math.max(2048, article.text().length()));
                    try {
                        slots.acquire();
                        chars.acquire(cost);
                        inFlight.incrementAndGet();
                        queue.put(new Task(seq[0]++, article, tag, cost, reader.bytesDone(), new AtomicBoolean()));
                    } catch (InterruptedException e) {
                        throw new CancellationException("stopped");
                    }
                }, log::failed);
                outcomes.finish(seq[0]);
            } catch (CancellationException e) {
                outcomes.finish(seq[0]);
            } catch (RuntimeException | Error e) {
                outcomes.fail(e);
            }
        }, "tindex-reader");
        readerThread.setDaemon(true);
        workers.start(options.threads());
        readerThread.start();
        try {
            for (long seq = 0; ; seq++) {
                Outcome<T> o = outcomes.take(seq);
                if (o == null) {
                    break;
                }
                try {
                    if (o.issue() != null) {
                        log.failed(o.issue());
                    } else {
                        sink.accept(o.value(), o.task().article(), o.task().tag());
                    }
                } finally {
                    doneBytes.set(o.task().bytesRead());
                    inFlight.decrementAndGet();
                    stats.done.incrementAndGet();
                    chars.release(o.task().cost());
                    slots.release();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            readerThread.interrupt();
            workers.stop();
        }
    }

    /** The outcomes, taken back in input order. */
    private static final class Ordered<T> {
        private final Map<Long, Outcome<T>> ready = new ConcurrentHashMap<>();
        private long total = -1;
        private Throwable failure;

        synchronized void put(Outcome<T> o) {
            ready.put(o.seq(), o);
            notifyAll();
        }

        synchronized void finish(long count) {
            total = count;
            notifyAll();
        }

        synchronized void fail(Throwable e) {
            failure = e;
            notifyAll();
        }

        /** The outcome of article {@code seq}, waiting for it; null when the reader is done and gave fewer. */
        synchronized Outcome<T> take(long seq) throws InterruptedException {
            while (true) {
                Outcome<T> o = ready.remove(seq);
                if (o != null) {
                    return o;
                }
                if (failure != null) {
                    throw new IllegalStateException("reading the inputs failed: " + failure, failure);
                }
                if (total >= 0 && seq >= total) {
                    return null;
                }
                wait();
            }
        }
    }

    /** The extraction workers and the watchdog that holds each article to its time limit. */
    private final class Workers<V> {
        private final BlockingQueue<Task> queue;
        private final Ordered<V> outcomes;
        private final Work<V> work;
        private final Map<Worker, Running> running = new ConcurrentHashMap<>();
        private final AtomicInteger names = new AtomicInteger();
        private final Thread watchdog = new Thread(this::watch, "tindex-watchdog");
        private volatile boolean stopping;

        Workers(BlockingQueue<Task> queue, Ordered<V> outcomes, Work<V> work) {
            this.queue = queue;
            this.outcomes = outcomes;
            this.work = work;
            watchdog.setDaemon(true);
        }

        private final class Running {
            final Task task;
            final long limit;
            final long deadline;
            volatile long timedOutAt;

            Running(Task task, long limit) {
                this.task = task;
                this.limit = limit;
                this.deadline = System.nanoTime() + limit;
            }
        }

        private final class Worker extends Thread {
            volatile boolean retired;

            Worker() {
                super("tindex-extract-" + names.incrementAndGet());
                setDaemon(true);
            }

            @Override
            public void run() {
                while (!retired && !stopping) {
                    Task task;
                    try {
                        task = queue.take();
                    } catch (InterruptedException e) {
                        continue; // an interrupt meant for a late article; the loop condition decides
                    }
                    if (task == POISON) {
                        queue.offer(POISON); // for the next worker
                        return;
                    }
                    long limit = options.timeoutBase().toNanos()
                            + options.timeoutPerKiloChar().toNanos() * task.article().text().length() / 1000;
                    running.put(this, new Running(task, limit));
                    Outcome<V> outcome = process(task);
                    running.remove(this);
                    Thread.interrupted(); // clear an interrupt that came too late to matter
                    if (task.claim()) {
                        outcomes.put(outcome);
                    }
                }
            }
        }

        private Outcome<V> process(Task task) {
            Article article = task.article();
            String input = article.source() == null ? article.id() : article.source();
            try {
                ArticleRecord record = extractor.extract(article);
                V value;
                try {
                    value = work.apply(record);
                } catch (Exception e) {
                    return failed(task, input, "cannot store the record: " + describe(e));
                }
                stats.words.addAndGet(words(article.text()));
                return new Outcome<>(task.seq(), task, value, null);
            } catch (StackOverflowError e) {
                return failed(task, input, "extraction failed: text nested or repeated too deeply");
            } catch (OutOfMemoryError e) {
                return failed(task, input, "extraction failed: out of memory on a text of "
                        + article.text().length() + " characters");
            } catch (Exception | LinkageError | AssertionError e) {
                return failed(task, input, "extraction failed: " + describe(e));
            }
        }

        private Outcome<V> failed(Task task, String input, String reason) {
            return new Outcome<>(task.seq(), task, null, new Issue(input, reason));
        }

        void start(int threads) {
            for (int i = 0; i < threads; i++) {
                new Worker().start();
            }
            watchdog.start();
        }

        void stop() {
            stopping = true;
            queue.clear();
            queue.offer(POISON);
            watchdog.interrupt();
            for (Worker w : running.keySet()) {
                w.interrupt();
            }
        }

        private void watch() {
            while (!stopping) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                for (Map.Entry<Worker, Running> e : running.entrySet()) {
                    Worker worker = e.getKey();
                    Running r = e.getValue();
                    if (r.timedOutAt == 0 && now > r.deadline && r.task.claim()) {
                        r.timedOutAt = now;
                        Article a = r.task.article();
                        String input = a.source() == null ? a.id() : a.source();
                        outcomes.put(failed(r.task, input, String.format(java.util.Locale.ROOT,
                                "extraction timed out (over %.0f s on a text of %d characters)",
                                r.limit / 1e9, a.text().length())));
                        worker.interrupt();
                    } else if (r.timedOutAt != 0 && !worker.retired && now - r.timedOutAt > GRACE.toNanos()) {
                        // it did not stop: leave it behind (it drops its result) and keep the batch at full speed
                        worker.retired = true;
                        new Worker().start();
                    }
                }
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
        return message == null || message.isBlank() ? "internal error (" + kind + ")"
                : message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Words as spaces separate them. */
    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}

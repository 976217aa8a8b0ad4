package vn.tindex.app.batch;

import java.io.Closeable;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a batch has come, measured in input bytes (so a JSON Lines or WARC file shows progress inside it):
 * on a terminal a progress bar with the rate and the time left; otherwise a plain line every so often; or nothing.
 */
public abstract class Progress implements Closeable {
    /** How progress is shown. */
    public enum Mode {
        /** A bar on a terminal, lines otherwise. */
        AUTO,
        BAR,
        LINES,
        NONE
    }

    /** What a progress display reads: the input bytes read of the total (0 when unknown), and the counts. */
    record Source(String task, long totalBytes, LongSupplier bytesDone, BatchStats stats) {}

    static Progress start(Mode mode, PrintStream err, Source source, Duration lineInterval) {
        Mode chosen = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
        return switch (chosen) {
            case BAR -> new Bar(err, source);
            case LINES -> new Lines(err, source, lineInterval);
            default -> new Progress() {
                @Override
                void stop() {}
            };
        };
    }

    private boolean closed;

    /** Stops the display (once; closing again does nothing). */
    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            stop();
        }
    }

    abstract void stop();

    static String counts(BatchStats stats) {
        return String.format(Locale.ROOT, "%d articles read, %d done, %d failed, %.1f articles/s",
                stats.read(), stats.done.get(), stats.failed(), stats.rate());
    }

    /** A line every {@code interval}: share of the input read, counts, rate, time left. */
    private static final class Lines extends Progress {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tindex-progress");
            t.setDaemon(true);
            return t;
        });

        Lines(PrintStream err, Source source, Duration interval) {
            long ms = interval.toMillis();
            timer.scheduleAtFixedRate(() -> err.println(line(source)), ms, ms, TimeUnit.MILLISECONDS);
        }

        static String line(Source s) {
            long done = s.bytesDone().getAsLong();
            double seconds = s.stats().seconds();
            StringBuilder out = new StringBuilder("tindex: ").append(s.task()).append(": ");
            if (s.totalBytes() > 0) {
                double share = Math.min(1.0, (double) done / s.totalBytes());
                out.append(String.format(Locale.ROOT, "%.0f%% of %s, ", share * 100, megabytes(s.totalBytes())));
                if (share >= 0.02 && share < 1) {
                    out.append("about ").append(BatchStats.duration(seconds / share - seconds)).append(" left, ");
                }
            }
            return out.append(counts(s.stats())).toString();
        }

        @Override
        void stop() {
            timer.shutdownNow();
        }
    }

    /** The progress bar of a terminal (me.tongfei.progressbar), in megabytes of input, with ETA. */
    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tindex-progress");
            t.setDaemon(true);
            return t;
        });
        private final Source source;

        Bar(PrintStream err, Source source) {
            this.source = source;
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName(source.task())
                    .setInitialMax(source.totalBytes() > 0 ? source.totalBytes() : -1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(source.totalBytes() >= 10L << 20 ? " MB" : " KB",
                            source.totalBytes() >= 10L << 20 ? 1L << 20 : 1L << 10)
                    .showSpeed(new DecimalFormat("0.0"))
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setEtaFunction(state -> eta(source));
            bar = builder.build();
            timer.scheduleAtFixedRate(this::update, 250, 250, TimeUnit.MILLISECONDS);
        }

        private void update() {
            bar.stepTo(Math.min(source.bytesDone().getAsLong(), Math.max(source.totalBytes(), 0)));
            BatchStats s = source.stats();
            bar.setExtraMessage(String.format(Locale.ROOT, " | %d articles, %.1f/s, %d failed",
                    s.done.get(), s.rate(), s.failed()));
        }

        private static Optional<Duration> eta(Source s) {
            long done = s.bytesDone().getAsLong();
            if (s.totalBytes() <= 0 || done <= 0) {
                return Optional.empty();
            }
            double seconds = s.stats().seconds();
            double share = Math.min(1.0, (double) done / s.totalBytes());
            return Optional.of(Duration.ofSeconds(Math.round(seconds / share - seconds)));
        }

        @Override
        void stop() {
            timer.shutdownNow();
            update();
            bar.close();
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}

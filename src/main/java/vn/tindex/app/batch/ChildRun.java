package vn.tindex.app.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times one run of the command line in a fresh JVM (the whole process, as a user runs it): wall time, CPU time and
 * peak resident memory (VmHWM, sampled from /proc every 100 ms until the process ends).
 */
public final class ChildRun {
    /** One timed run. */
    public record Result(String run, int threads, int exitCode, double seconds, double cpuSeconds, long peakRssKb,
                         int articles, long words) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double wordsPerSecond() {
            return words / seconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "%-7s %d thread%s: %7.1f s wall, %7.1f s CPU, %6.1f articles/s,"
                            + " %8.0f words/s, peak RSS %5d MB%s", run, threads, threads == 1 ? " " : "s",
                    seconds, cpuSeconds, articlesPerSecond(), wordsPerSecond(), peakRssKb / 1024,
                    exitCode == 0 ? "" : " (exit code " + exitCode + ")");
        }
    }

    private ChildRun() {}

    /** Runs {@code tindex extract} or {@code tindex import} on the inputs with {@code threads} threads. */
    public static Result time(String run, int threads, String heap, List<String> inputs, Path work, int articles,
                              long words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-cp",
                System.getProperty("java.class.path"), "vn.tindex.app.cli.Main", run));
        command.addAll(inputs);
        Path output = work.resolve(run + "-" + threads + "t");
        if (run.equals("extract")) {
            command.addAll(List.of("-o", output + ".jsonl"));
        } else {
            deleteTree(output);
            command.addAll(List.of("--index", output.toString()));
        }
        command.addAll(List.of("--threads", String.valueOf(threads), "--progress", "none"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(work.resolve(run + "-" + threads + "t.out").toFile())
                .redirectError(work.resolve(run + "-" + threads + "t.err").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        double cpu = 0;
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        while (process.isAlive()) {
            peak = Math.max(peak, peakRss(status));
            cpu = Math.max(cpu, cpuSeconds(stat));
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(run, threads, process.waitFor(), seconds, cpu, peak, articles, words);
    }

    /** Words as spaces separate them. */
    public static long words(String text) {
        return BatchPipeline.words(text);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }

    /** User plus system CPU time of the process (clock ticks of 1/100 s). */
    private static double cpuSeconds(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

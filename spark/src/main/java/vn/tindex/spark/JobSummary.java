package vn.tindex.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job did, written as {@code summary.json} beside its outputs: the inputs, how many files and articles were
 * read, extracted and indexed, the inputs that failed by stage ({@code read}: the file or page could not be read as
 * an article; {@code extract}: extraction failed or timed out) and by kind of reason (the words before the first
 * ':' or '(', as the command line counts them; each failure is named in {@code issues/}), and the times.
 */
final class JobSummary {
    final List<String> inputs;
    final String master;
    final int executorsCores;
    long files;
    long inputBytes;
    long articlesRead;
    long recordsWritten;
    long failed;
    final Map<String, Map<String, Long>> failedByStage = new TreeMap<>();
    Long indexed;
    Long duplicatesSameUrl;
    Long duplicatesSameText;
    Integer indexParts;
    int extractPartitions;
    double extractSeconds;
    double totalSeconds;
    /** Seconds of each phase after extraction, in order: issues and counts, parquet, index. */
    final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    final Map<String, String> outputs = new LinkedHashMap<>();

    JobSummary(List<String> inputs, String master, int executorsCores) {
        this.inputs = List.copyOf(inputs);
        this.master = master;
        this.executorsCores = executorsCores;
    }

    void countFailure(String stage, String kind, long n) {
        failedByStage.computeIfAbsent(stage, s -> new TreeMap<>()).merge(kind, n, Long::sum);
        failed += n;
    }

    /** Records per second of the reading and extraction stage. */
    double articlesPerSecond() {
        return extractSeconds <= 0 ? 0 : recordsWritten / extractSeconds;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("master", master);
        m.put("defaultParallelism", executorsCores);
        m.put("files", files);
        m.put("inputBytes", inputBytes);
        m.put("articlesRead", articlesRead);
        m.put("recordsWritten", recordsWritten);
        m.put("failed", failed);
        m.put("failedByStage", failedByStage);
        if (indexed != null) {
            m.put("indexed", indexed);
            m.put("duplicatesSameUrl", duplicatesSameUrl);
            m.put("duplicatesSameText", duplicatesSameText);
            m.put("indexParts", indexParts);
        }
        m.put("extractPartitions", extractPartitions);
        m.put("extractSeconds", round(extractSeconds));
        m.put("totalSeconds", round(totalSeconds));
        Map<String, Double> phases = new LinkedHashMap<>();
        phaseSeconds.forEach((k, v) -> phases.put(k, round(v)));
        m.put("phaseSeconds", phases);
        m.put("articlesPerSecond", round(articlesPerSecond()));
        m.put("outputs", outputs);
        return m;
    }

    /** One line for the console, in the command line's words. */
    String line() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d files, %d articles read, %d extracted, %d failed", files, articlesRead, recordsWritten, failed));
        if (indexed != null) {
            s.append(String.format(Locale.ROOT, ", %d indexed (%d duplicates same URL, %d same text)", indexed,
                    duplicatesSameUrl, duplicatesSameText));
        }
        s.append(String.format(Locale.ROOT, "; extraction %.1f s (%.1f articles/s), total %.1f s", extractSeconds,
                articlesPerSecond(), totalSeconds));
        phaseSeconds.forEach((k, v) -> s.append(String.format(Locale.ROOT, ", %s %.1f s", k, v)));
        return s.toString();
    }

    /** Times a phase. */
    void phase(String name, long startedNanos) {
        phaseSeconds.put(name, (System.nanoTime() - startedNanos) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

package vn.tindex.app.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tindex.model.Issue;

/**
 * Where the inputs that could not be read or extracted are told: one line each on stderr
 * ({@code tindex: skipped INPUT: REASON}), and, when there is one, in a report file as {@code INPUT<TAB>REASON}
 * lines, flushed as they come so that a killed run leaves its report. Thread-safe.
 */
public final class IssueLog implements Closeable {
    private final PrintStream err;
    private final BufferedWriter report;
    private final Path reportPath;
    private final BatchStats stats;

    /** Reports to {@code err} and, unless {@code reportPath} is null, to that file (replaced). */
    IssueLog(PrintStream err, Path reportPath, BatchStats stats) throws IOException {
        this.err = err;
        this.reportPath = reportPath;
        this.stats = stats;
        if (reportPath != null) {
            Path parent = reportPath.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.report = Files.newBufferedWriter(reportPath, StandardCharsets.UTF_8);
            report.write("# input\treason\n");
            report.flush();
        } else {
            this.report = null;
        }
    }

    Path reportPath() {
        return reportPath;
    }

    /** Tells a failed input, and counts it. */
    synchronized void failed(Issue issue) {
        stats.fail(issue.reason());
        err.println("tindex: skipped " + oneLine(issue.toString()));
        write(issue.input(), issue.reason());
    }

    /** Notes an input that was passed over on purpose (a duplicate) in the report file only. */
    synchronized void note(String input, String reason) {
        write(input, reason);
    }

    private void write(String input, String reason) {
        if (report == null) {
            return;
        }
        try {
            report.write(oneLine(input).replace('\t', ' '));
            report.write('\t');
            report.write(oneLine(reason).replace('\t', ' '));
            report.write('\n');
            report.flush();
        } catch (IOException e) {
            // the report is a copy of what stderr says; losing it must not stop the import
        }
    }

    private static String oneLine(String s) {
        return s.length() > 2000 ? s.substring(0, 2000).replaceAll("[\\r\\n]+", " ") + "…"
                : s.replaceAll("[\\r\\n]+", " ");
    }

    @Override
    public synchronized void close() throws IOException {
        if (report != null) {
            report.close();
        }
    }
}

package vn.tindex.app.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleIndex;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Issue;

/**
 * {@code tindex import --records}: indexes extraction records that are already made (the JSON Lines of
 * {@code tindex extract}, or the {@code records/} folder of the Spark job) without extracting again. Files and folders
 * (recursive, sorted; {@code .jsonl} and {@code .jsonl.gz}, hidden files and {@code _SUCCESS} passed over) are read
 * line by line; what becomes of each record is decided as for an ordinary import ({@link ImportLedger}: unchanged
 * ones skipped, changed ones replaced, second copies noted as duplicates), and a line that is not a record is an
 * issue naming {@code file:line}.
 */
public final class RecordImportRun {
    private final BatchOptions options;
    private final PrintStream err;

    public RecordImportRun(BatchOptions options, PrintStream err) {
        if (options == null || err == null) {
            throw new IllegalArgumentException("options and err must not be null");
        }
        this.options = options;
        this.err = err;
    }

    /** Indexes the records of {@code inputs} into the index folder {@code index}; returns the counts. */
    public BatchStats run(List<String> inputs, Path index) throws IOException {
        BatchStats stats = new BatchStats();
        ImportLedger ledger = ImportLedger.of(index, options.force());
        try (ArticleIndex writer = ArticleIndex.open(index, vn.tindex.app.IndexWords.segmenter());
             IssueLog log = new IssueLog(err, options.report(), stats)) {
            int since = 0;
            for (String input : inputs) {
                for (Path file : files(input, log)) {
                    since = readFile(file, writer, ledger, stats, log, since);
                }
            }
            writer.commit();
            err.println("tindex: imported records into " + index + ": " + stats.importSummary());
            if (stats.failed() > 0) {
                err.println("tindex: failed: " + stats.failureKinds()
                        + (log.reportPath() == null ? "" : " (each named in " + log.reportPath() + ")"));
            }
            err.println("tindex: " + index + " holds " + writer.numDocs() + " articles");
        }
        return stats;
    }

    private int readFile(Path file, ArticleIndex writer, ImportLedger ledger, BatchStats stats, IssueLog log,
                         int since) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String input = file + ":" + number;
                ArticleRecord record;
                try {
                    record = RecordJson.fromLine(line);
                    if (record.text() == null) {
                        throw new IllegalArgumentException("no text");
                    }
                } catch (IOException | RuntimeException e) {
                    log.failed(new Issue(input, "not an extraction record: " + firstLine(e.getMessage())));
                    continue;
                }
                stats.read.incrementAndGet();
                Article article = new Article(record.id(), record.url(), record.site(), record.title(),
                        record.published(), record.author(), record.text(), List.of(), input);
                ImportLedger.Decision decision = ledger.decide(article);
                switch (decision) {
                    case NEW, REPLACED -> {
                        writer.upsert(record);
                        (decision == ImportLedger.Decision.NEW ? stats.imported : stats.replaced).incrementAndGet();
                        if (++since >= options.commitEvery()) {
                            writer.commit();
                            since = 0;
                        }
                    }
                    case UNCHANGED -> stats.unchanged.incrementAndGet();
                    case DUPLICATE_URL -> {
                        stats.duplicateUrl.incrementAndGet();
                        log.note(input, "duplicate: an earlier record has the same id " + record.id());
                    }
                    case DUPLICATE_TEXT -> {
                        stats.duplicateText.incrementAndGet();
                        log.note(input, "duplicate: the same text as another record");
                    }
                }
            }
        } catch (IOException e) {
            log.failed(new Issue(file.toString(), "cannot read: " + firstLine(e.getMessage())));
        }
        return since;
    }

    /** The record files an input names: itself, or the .jsonl/.jsonl.gz files under it, sorted. */
    private static List<Path> files(String input, IssueLog log) throws IOException {
        Path path = Path.of(input);
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            log.failed(new Issue(input, "no such file or folder"));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile).filter(RecordImportRun::isRecordFile).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean isRecordFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("_") && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}

package vn.tindex.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Issue;
import vn.tindex.spark.InputListing.InputFile;

/**
 * Reads the input files of one partition on an executor, with the product's readers ({@link ArticleInputs}: WARC,
 * JSON Lines, HTML and text, each bad input an {@link Issue} and the rest read on), and hands the articles and issues
 * on as an iterator, a few hundred at a time: a WARC file of a million pages is never held in memory. A file of a
 * file system other than the local one is first copied to a local temporary file (WARC reading needs random access
 * to resynchronise after a broken record). Articles and issues are named by the input's Hadoop path.
 */
final class FileReading implements Iterator<Outcome> {
    private static final Outcome END = Outcome.issue(-1, -1, new Issue("end", "end"), "read");

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private Object next;

    private FileReading(Iterator<InputFile> files, HadoopConf conf) {
        Thread reader = new Thread(() -> {
            try {
                ArticleInputs inputs = new ArticleInputs(InputStream.nullInputStream(), ArticleInputs.MAX_FILE_BYTES);
                while (files.hasNext()) {
                    readFile(inputs, files.next(), conf);
                }
                put(END);
            } catch (CancellationException e) {
                // the task is over: nobody reads what follows
            } catch (RuntimeException | Error e) {
                offerFailure(e);
            }
        }, "tindex-spark-reader");
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> reader.interrupt());
        }
        reader.start();
    }

    /** The articles and issues of {@code files}, in order. */
    static Iterator<Outcome> of(Iterator<InputFile> files, HadoopConf conf) {
        return new FileReading(files, conf);
    }

    private void readFile(ArticleInputs inputs, InputFile file, HadoopConf conf) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
        Path copyDir = null;
        try {
            Path local = conf.localFile(path);
            if (local == null) {
                copyDir = Files.createTempDirectory("tindex-spark-input-");
                local = copyDir.resolve(path.getName());
                conf.fileSystem(path).copyToLocalFile(false, path, new org.apache.hadoop.fs.Path(local.toUri()), true);
            }
            String localName = local.toString();
            long[] seq = {0};
            inputs.read(List.of(localName),
                    article -> put(Outcome.article(file.index(), seq[0]++, ArticleRow.of(renamed(article, localName,
                            file.path())))),
                    issue -> put(Outcome.issue(file.index(), seq[0]++, new Issue(rename(issue.input(), localName,
                            file.path()), issue.reason()), "read")));
        } catch (IOException e) {
            put(Outcome.issue(file.index(), 0, new Issue(file.path(), "cannot read: " + e.getMessage()), "read"));
        } finally {
            delete(copyDir);
        }
    }

    private static vn.tindex.model.Article renamed(vn.tindex.model.Article a, String localName, String name) {
        String source = a.source() == null ? null : rename(a.source(), localName, name);
        return new vn.tindex.model.Article(a.id(), a.url(), a.site(), a.title(), a.published(), a.author(), a.text(),
                a.captions(), source, a.publisher());
    }

    /** {@code /tmp/x/a.warc.gz@123} read from {@code hdfs://nn/a.warc.gz} is {@code hdfs://nn/a.warc.gz@123}. */
    static String rename(String input, String localName, String name) {
        return input.startsWith(localName) ? name + input.substring(localName.length()) : input;
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new CancellationException("task ended");
        }
    }

    private void offerFailure(Throwable e) {
        queue.clear();
        queue.offer(e);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading inputs", e);
            }
            if (next instanceof Throwable t) {
                throw new IllegalStateException("reading the inputs failed: " + t, t);
            }
        }
        return next != END;
    }

    @Override
    public Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Outcome o = (Outcome) next;
        next = null;
        return o;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary copy left behind is not worth failing the task for
        }
    }
}

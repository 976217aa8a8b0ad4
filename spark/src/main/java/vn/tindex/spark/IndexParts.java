package vn.tindex.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import vn.tindex.app.IndexWords;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.ArticleIndex;

/**
 * Builds the index of one partition on an executor: the product's {@link ArticleIndex} with the product's word
 * segmenter ({@link IndexWords}), so the same documents, fields, analyzers, word terms and facets as
 * {@code tindex import}, in a local temporary folder, which is then copied to {@code parts/part-NNNNN} on the job's
 * file system for the driver to merge. A retried task replaces its part.
 */
final class IndexParts {
    private IndexParts() {}

    /** A part written: where, and how many articles it holds. */
    record Part(String path, long articles) implements java.io.Serializable {}

    static Iterator<Part> build(int partition, Iterator<String> lines, String partsDir, HadoopConf conf)
            throws IOException {
        Path local = Files.createTempDirectory("tindex-spark-index-");
        try {
            long n = 0;
            // the word segmenter import and search share (loaded once per executor), so that words agree
            try (ArticleIndex index = ArticleIndex.open(local, IndexWords.segmenter())) {
                while (lines.hasNext()) {
                    index.upsert(RecordJson.fromLine(lines.next()));
                    n++;
                }
                index.commit();
            }
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(partsDir,
                    String.format(Locale.ROOT, "part-%05d", partition));
            FileSystem fs = conf.writable(target);
            fs.delete(target, true);
            fs.mkdirs(target);
            try (Stream<Path> files = Files.list(local)) {
                for (Path file : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                    fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()),
                            new org.apache.hadoop.fs.Path(target, file.getFileName().toString()));
                }
            }
            return List.of(new Part(target.toString(), n)).iterator();
        } finally {
            deleteTree(local);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the task for
        }
    }
}

import java.nio.file.Path;
import vn.tindex.app.batch.ArchiveGenerator;

/**
 * Writes the benchmark archive of {@code tindex bench import} (corpus articles varied, each at its own URL; HTML
 * pages in a WARC file, texts and JSON Lines records in a .jsonl.gz): java -cp TINDEX_CLASSPATH BenchArchive.java
 * CORPUS_ARTICLES OUT_DIR ARTICLES.
 */
public class BenchArchive {
    public static void main(String[] args) throws Exception {
        ArchiveGenerator.Archive archive = new ArchiveGenerator(Path.of(args[0]))
                .write(Path.of(args[1]), Integer.parseInt(args[2]), 1L);
        System.out.println(archive.articles() + " articles: " + archive.pages() + " pages in " + archive.warc()
                + ", " + archive.records() + " lines in " + archive.jsonl());
    }
}

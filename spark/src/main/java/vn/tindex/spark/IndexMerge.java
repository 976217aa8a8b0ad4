package vn.tindex.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tindex.index.ArticleIndex;
import vn.tindex.index.IndexSchema;

/**
 * Merges the per-partition indexes into one, on the driver, with Lucene's {@link IndexWriter#addIndexes}: segments
 * are copied as they are, so documents, blocks of facts and sorted-set facet values stay exactly as
 * {@link ArticleIndex} wrote them. The merged index starts as an empty {@link ArticleIndex} (which stamps the schema
 * version {@code tindex search} checks) and is written locally, then copied to the output when that is on another
 * file system.
 */
final class IndexMerge {
    private IndexMerge() {}

    /** Merges {@code parts} into {@code output}; returns the articles the merged index holds. */
    static long merge(List<String> parts, String output, HadoopConf conf) throws IOException {
        org.apache.hadoop.fs.Path outputPath = new org.apache.hadoop.fs.Path(output);
        Path target = conf.localFile(outputPath);
        Path scratch = Files.createTempDirectory("tindex-spark-merge-");
        try {
            Path local = target != null ? target : scratch.resolve("index");
            List<Path> partDirs = new ArrayList<>();
            for (String part : parts) {
                org.apache.hadoop.fs.Path partPath = new org.apache.hadoop.fs.Path(part);
                Path dir = conf.localFile(partPath);
                if (dir == null) {
                    dir = scratch.resolve(partPath.getName());
                    conf.fileSystem(partPath).copyToLocalFile(false, partPath,
                            new org.apache.hadoop.fs.Path(dir.toUri()), true);
                }
                partDirs.add(dir);
            }
            ArticleIndex.open(local).close();
            long articles;
            try (Directory merged = FSDirectory.open(local);
                 IndexWriter writer = new IndexWriter(merged, new IndexWriterConfig(IndexSchema.analyzer())
                         .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                List<Directory> dirs = new ArrayList<>();
                try {
                    for (Path dir : partDirs) {
                        dirs.add(FSDirectory.open(dir));
                    }
                    writer.addIndexes(dirs.toArray(new Directory[0]));
                } finally {
                    for (Directory d : dirs) {
                        d.close();
                    }
                }
                writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.SCHEMA_VERSION).entrySet());
                writer.commit();
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    articles = new IndexSearcher(reader).count(new TermQuery(
                            new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE)));
                }
            }
            if (target == null) {
                FileSystem fs = conf.writable(outputPath);
                fs.delete(outputPath, true);
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), outputPath);
            }
            return articles;
        } finally {
            IndexParts.deleteTree(scratch);
        }
    }
}

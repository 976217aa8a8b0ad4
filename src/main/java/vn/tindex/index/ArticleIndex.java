package vn.tindex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tindex.model.ArticleRecord;

/**
 * Writes extraction records into the article index in a folder. One record per article id: {@link #upsert}
 * replaces an earlier version, so re-importing never duplicates. Thread-safe (Lucene's IndexWriter); only one
 * ArticleIndex may have a folder open at a time (Lucene's write lock).
 */
public final class ArticleIndex implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final ArticleDocuments documents = new ArticleDocuments();

    private ArticleIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index in {@code dir}, creating the folder and an empty index when they do not exist. */
    public static ArticleIndex open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128);
            boolean existed = DirectoryReader.indexExists(directory);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!existed) {
                writer.commit(); // an empty index a searcher can open at once
            }
            return new ArticleIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the record, or replaces the one with the same id. Visible to searchers opened after {@link #commit}. */
    public void upsert(ArticleRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        writer.updateDocument(new Term(IndexSchema.ID, record.id()), documents.toDocument(record));
    }

    /** Removes the article with this id, if present. */
    public void delete(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        writer.deleteDocuments(new Term(IndexSchema.ID, id));
    }

    /** Makes all changes durable and visible to searchers opened afterwards. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Articles in the index, counting uncommitted changes. */
    public int numDocs() {
        return writer.getDocStats().numDocs;
    }

    /** Commits pending changes and releases the folder. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}

package vn.tindex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tindex.model.ArticleRecord;

/**
 * Writes extraction records into the article index in a folder: each article as a block of one document per fact
 * and one for the article (see {@link IndexSchema}). One record per article id: {@link #upsert} replaces an earlier
 * version with its facts, so re-importing never duplicates. Thread-safe (Lucene's IndexWriter); only one
 * ArticleIndex may have a folder open at a time (Lucene's write lock).
 */
public final class ArticleIndex implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final ArticleDocuments documents;

    private ArticleIndex(Directory directory, IndexWriter writer, WordSegmenter segmenter) {
        this.directory = directory;
        this.writer = writer;
        this.documents = new ArticleDocuments(segmenter);
    }

    /** Opens the index in {@code dir}, creating the folder and an empty index when they do not exist. */
    public static ArticleIndex open(Path dir) throws IOException {
        return open(dir, WordSegmenter.NONE);
    }

    /**
     * Opens the index in {@code dir} with word-level terms from {@code segmenter}. An index written by a tindex
     * before facts were indexed is refused with a message: delete the folder and import again.
     */
    public static ArticleIndex open(Path dir, WordSegmenter segmenter) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(segmenter, "segmenter");
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            boolean existed = DirectoryReader.indexExists(directory);
            if (existed) {
                checkSchema(directory, dir);
            }
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                    .setOpenMode(existed ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.SCHEMA_VERSION).entrySet());
            if (!existed) {
                writer.commit(); // an empty index a searcher can open at once
            }
            return new ArticleIndex(directory, writer, segmenter);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the record, or replaces the one with the same id. Visible to searchers opened after {@link #commit}. */
    public void upsert(ArticleRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, record.id()), documents.toBlock(record));
    }

    /** Removes the article with this id, if present. */
    public void delete(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, id));
    }

    /** Makes all changes durable and visible to searchers opened afterwards. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Articles in the index, counting uncommitted changes. */
    public int numDocs() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new TermQuery(
                    new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE)));
        }
    }

    /** Fails, naming the folder, when the index there was written with another schema version. */
    static void checkSchema(Directory directory, Path dir) throws IOException {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String version = data.get(IndexSchema.SCHEMA_KEY);
        if (!IndexSchema.SCHEMA_VERSION.equals(version)) {
            throw new IllegalArgumentException("the index in " + dir.toAbsolutePath() + " has schema "
                    + (version == null ? "1" : version) + ", this tindex reads schema " + IndexSchema.SCHEMA_VERSION
                    + ": delete the folder and import again");
        }
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

package vn.tindex.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads the id and text of every article in the last commit of an index folder, for a bulk import that resumes:
 * it skips what is already there unchanged and finds copies of the same text at another address. Reads only; may
 * run while an {@link ArticleIndex} has the folder open (it sees the last commit).
 */
public final class IndexedTexts {
    private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TEXT);

    private IndexedTexts() {}

    /** Hands the id and text of each committed article to {@code visitor}; nothing when there is no index yet. */
    public static void forEach(Path dir, BiConsumer<String, String> visitor) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(visitor, "visitor");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    LeafReader r = leaf.reader();
                    Bits live = r.getLiveDocs();
                    StoredFields stored = r.storedFields();
                    // Article documents only: the fact documents of each block (about thirty per article) hold
                    // neither id nor text, and reading their stored fields would cost most of the time.
                    PostingsEnum articles = r.postings(new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE),
                            PostingsEnum.NONE);
                    if (articles == null) {
                        continue;
                    }
                    for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                            doc = articles.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        Document d = stored.document(doc, FIELDS);
                        String id = d.get(IndexSchema.ID);
                        if (id != null) {
                            visitor.accept(id, Objects.requireNonNullElse(d.get(IndexSchema.TEXT), ""));
                        }
                    }
                }
            }
        }
    }
}

package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;

    @Test
    void upsertTwiceKeepsOneDocumentWithTheLatestVersion() throws IOException {
        Path folder = dir.resolve("a/b/index");
        try (ArticleIndex index = ArticleIndex.open(folder)) {
            index.upsert(TestRecords.seed("first title"));
            index.commit();
            index.upsert(TestRecords.seed("second title"));
            index.commit();
            assertEquals(1, index.numDocs());
        }
        try (ArticleIndex index = ArticleIndex.open(folder)) { // re-import into the existing folder
            index.upsert(TestRecords.seed("third title"));
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(folder)) {
            assertEquals(1, searcher.numDocs());
            assertEquals("third title", searcher.get(TestRecords.SEED_ID).title());
            SearchResult result = searcher.search(SearchRequest.of("nhiem vu trong tam"));
            assertEquals(1, result.total());
            assertEquals("third title", result.hits().get(0).title());
            assertEquals(0, searcher.search(SearchRequest.of("first")).total());
        }
    }

    @Test
    void newIndexIsSearchableAtOnceAndEmpty() throws IOException {
        Path folder = dir.resolve("empty");
        try (ArticleIndex index = ArticleIndex.open(folder);
             ArticleSearcher searcher = ArticleSearcher.open(folder)) {
            assertEquals(0, index.numDocs());
            SearchResult result = searcher.search(SearchRequest.of("nhiem vu"));
            assertEquals(0, result.total());
            assertEquals(java.util.List.of(), result.facets().get("agency"));
        }
        assertEquals(true, Files.isDirectory(folder));
    }

    @Test
    void deleteRemovesById() throws IOException {
        Path folder = dir.resolve("del");
        try (ArticleIndex index = ArticleIndex.open(folder)) {
            TestRecords.all().forEach(r -> {
                try {
                    index.upsert(r);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            index.delete(TestRecords.HANOI_ID);
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(folder)) {
            assertEquals(3, searcher.numDocs());
            assertEquals(null, searcher.get(TestRecords.HANOI_ID));
        }
    }

    @Test
    void requestChecksItsArguments() {
        assertEquals(10, SearchRequest.of("x").limit());
        assertEquals(10, new SearchRequest(null, " ", null, null, null, null, 0, 0).limit());
        assertEquals(null, new SearchRequest(null, " ", null, null, null, null, 0, 0).agency());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withPage(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withPage(5, -1));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x")
                .withDates(java.time.LocalDate.of(2021, 1, 2), java.time.LocalDate.of(2021, 1, 1)));
    }
}

package vn.tindex.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tindex.app.batch.ImportLedger.Decision;
import vn.tindex.ingest.ArticleIds;
import vn.tindex.model.Article;

class ImportLedgerTest {
    private static Article article(String url, String text) {
        return new Article(ArticleIds.of(url, text), url, null, null, null, null, text, List.of(), url);
    }

    @Test
    void decidesNewDuplicateAndReplaced() {
        ImportLedger ledger = new ImportLedger(false);
        assertEquals(Decision.NEW, ledger.decide(article("https://a.gov.vn/1", "Sáng 5/3, UBND tỉnh họp.")));
        assertEquals(Decision.DUPLICATE_URL, ledger.decide(article("https://a.gov.vn/1#top", "Khác hẳn.")));
        assertEquals(Decision.DUPLICATE_TEXT, ledger.decide(article("https://b.gov.vn/copy",
                "SÁNG 5/3 - UBND tỉnh   họp")), "spacing, case and punctuation do not tell copies apart");
        assertEquals(Decision.NEW, ledger.decide(article(null, "Một bài không có địa chỉ.")));
        assertEquals(Decision.DUPLICATE_URL, ledger.decide(article(null, "Một bài không có địa chỉ.")));
    }

    @Test
    void whatTheIndexHoldsIsSkippedUnchangedOrReplaced() {
        ImportLedger ledger = new ImportLedger(false);
        ledger.remember(ArticleIds.of("https://a.gov.vn/1", null), "Bản cũ.");
        ledger.remember(ArticleIds.of("https://a.gov.vn/2", null), "Bài hai.");
        assertEquals(Decision.REPLACED, ledger.decide(article("https://a.gov.vn/1", "Bản mới.")));
        assertEquals(Decision.UNCHANGED, ledger.decide(article("https://a.gov.vn/2", "Bài  hai.")));
        assertEquals(Decision.NEW, ledger.decide(article("https://a.gov.vn/3", "Bản cũ.")),
                "the old text of a replaced article is free again");
        assertEquals(Decision.DUPLICATE_TEXT, ledger.decide(article("https://a.gov.vn/4", "Bài hai")));
        ImportLedger forced = new ImportLedger(true);
        forced.remember(ArticleIds.of("https://a.gov.vn/2", null), "Bài hai.");
        assertEquals(Decision.REPLACED, forced.decide(article("https://a.gov.vn/2", "Bài hai.")));
    }

    @Test
    void theLongMapKeepsEveryEntryThroughGrowthAndRemoval() {
        LongLongMap map = new LongLongMap();
        Random random = new Random(7);
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i == 0 ? 0 : random.nextLong();
            map.put(keys[i], i);
        }
        for (int i = 0; i < keys.length; i += 2) {
            map.remove(keys[i]);
        }
        assertEquals(2500, map.size());
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i % 2 == 0 ? -1 : i, map.get(keys[i], -1));
        }
    }
}

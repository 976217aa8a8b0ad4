package vn.tindex.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Mention;

class RecordJsonTest {
    @Test
    void agencyShortFormIsWrittenAsShortAndReadBack() throws Exception {
        String text = "Sở Xây dựng họp.";
        ArticleRecord r = new ArticleRecord("abc", null, null, null, null, null, "Lạng Sơn", text, null, null,
                List.of(new Agency("Sở Xây dựng tỉnh Lạng Sơn", "Sở Xây dựng", "province",
                        List.of(Mention.of(text, 0, 11)))), null, null, null);
        String line = RecordJson.toLine(r);
        assertTrue(line.contains("\"short\":\"Sở Xây dựng\""), line);
        assertTrue(line.contains("\"url\":null"), "unknown fields are null, not left out: " + line);
        assertTrue(line.contains("\"dates\":[]"), line);
        assertEquals(r, RecordJson.fromLine(line));
    }
}

package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void canonicalUrl() {
        assertEquals("https://www.langson.gov.vn", ArticleIds.canonicalUrl(" HTTPS://WWW.LangSon.gov.vn/#top "));
        assertEquals("https://langson.gov.vn/Tin-Tuc/Bai-1?id=5",
                ArticleIds.canonicalUrl("https://LANGSON.gov.vn/Tin-Tuc/Bai-1?id=5#p2"), "path and query keep their case");
        assertEquals("https://langson.gov.vn/tin/", ArticleIds.canonicalUrl("https://langson.gov.vn/tin/"),
                "only the slash of an empty path goes");
        assertEquals("http://User@host.vn:8080", ArticleIds.canonicalUrl("http://User@HOST.vn:8080/"));
        assertEquals("not a url", ArticleIds.canonicalUrl(" not a url#x"));
    }

    @Test
    void idIsSixteenHexOfSha256() {
        // printf 'https://langson.gov.vn' | sha256sum | cut -c1-16
        assertEquals("430ca04f87df8e45", ArticleIds.of("https://langson.gov.vn", null));
        assertEquals(ArticleIds.of("https://langson.gov.vn", null), ArticleIds.of("HTTPS://LangSon.gov.vn/#a", "x"));
        assertEquals("e3b0c44298fc1c14", ArticleIds.of(null, ""), "SHA-256 of nothing");
        assertEquals("ca978112ca1bbdca", ArticleIds.of(" ", "a"), "a blank url counts as none");
    }

    @Test
    void textIdsAreStableAcrossNormalForms() {
        String text = "Phó Chủ tịch UBND tỉnh làm việc với Sở Xây dựng";
        String id = ArticleIds.of(null, text);
        assertEquals(id, ArticleIds.of(null, Normalizer.normalize(text, Normalizer.Form.NFD)));
        assertNotEquals(id, ArticleIds.of("https://langson.gov.vn/a", text));
        assertEquals(id, ArticleIds.of(null, text), "stable");
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.of(null, null));
    }

    @Test
    void site() {
        assertEquals("langson.gov.vn", ArticleIds.site("https://WWW.LangSon.gov.vn:443/a"));
        assertEquals("baolangson.vn", ArticleIds.site("http://baolangson.vn"));
        assertNull(ArticleIds.site("not a url"));
        assertNull(ArticleIds.site(null));
    }
}

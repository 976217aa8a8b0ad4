package vn.tindex.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import vn.tindex.ingest.TextArticleReader;
import vn.tindex.ingest.TextCleaner;

/** Ingest reads legacy-encoded inputs as Unicode: plain-text bytes and text already decoded the wrong way. */
class LegacyIngestTest {
    private static final String SAMPLE = "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn đã hoàn thành 06 nhiệm vụ trọng tâm.";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void textFilesInTcvn3VniAndWindows1258() {
        TextArticleReader reader = new TextArticleReader();
        byte[] tcvn3 = LegacyEncoding.TCVN3.encode(SAMPLE).getBytes(CP1252);
        byte[] vni = LegacyEncoding.VNI.encode(SAMPLE).getBytes(CP1252);
        assertEquals(SAMPLE, reader.read(tcvn3, "tcvn3.txt").article().text());
        assertEquals(SAMPLE, reader.read(vni, "vni.txt").article().text());
        assertEquals(SAMPLE, reader.read(Windows1258.encode(SAMPLE), "cp1258.txt").article().text());
    }

    @Test
    void pageTextShownThroughTheWrongCharsetIsRepairedBeforeCleaning() {
        // TCVN3's ư is byte 0xAD, a soft hyphen in Latin-1: it must be read before cleaning drops soft hyphens
        assertEquals("Trung tâm Truyền thông\n\nNăm 2020", TextCleaner.clean(
                LegacyEncoding.TCVN3.encode("Trung tâm Truyền thông") + "\n\n" + LegacyEncoding.TCVN3.encode("Năm 2020")));
        assertEquals("Ủy ban nhân dân tỉnh", TextCleaner.clean(LegacyEncoding.VNI.encode("Ủy ban nhân dân tỉnh")));
    }
}

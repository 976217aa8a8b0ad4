package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    @Test
    void spacesAndInvisibleCharacters() {
        assertEquals("Sở Xây dựng tỉnh Lạng Sơn",
                TextCleaner.clean("  Sở\u00A0Xây\u202Fdựng\t\ttỉnh\u2003 Lạng\u200B Sơn\uFEFF "));
        assertEquals("phê duyệt", TextCleaner.clean("phê du\u00ADyệt"));
        assertEquals("Nghị định", TextCleaner.clean("Nghị\u2060 \u200Cđịnh"));
    }

    @Test
    void paragraphsSeparatedByBlankOrWhitespaceOnlyLines() {
        String raw = "\n  Đoạn một,  dòng một.  \r\nDòng hai.\r\n\r\n\u00A0\r\n\r\n Đoạn hai. \n \t \nĐoạn ba.\n\n\n";
        assertEquals("Đoạn một, dòng một.\nDòng hai.\n\nĐoạn hai.\n\nĐoạn ba.", TextCleaner.clean(raw));
    }

    @Test
    void nfcWithoutChangingToneMarkPlacementOrTypography() {
        String nfd = Normalizer.normalize("Ủy ban “hoà giải” – hòa bình", Normalizer.Form.NFD);
        assertEquals("Ủy ban “hoà giải” – hòa bình", TextCleaner.clean(nfd));
        assertEquals("Ủy ban", TextCleaner.clean("U\u200B\u0309y ban"), "a zero-width char between base and mark");
    }

    @Test
    void inlineForTitlesAndNames() {
        assertEquals("Hội nghị tổng kết năm 2020", TextCleaner.cleanInline(" Hội nghị\n tổng kết\n\nnăm 2020 "));
        assertNull(TextCleaner.cleanInline(" \u00A0 "));
        assertNull(TextCleaner.cleanInline(null));
        assertEquals("", TextCleaner.clean(null));
    }
}

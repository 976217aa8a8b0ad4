package vn.tindex.text.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = TextNormalizer.standard();

    /** The original characters behind the normalized occurrence of {@code word}. */
    private static String original(NormalizedText n, String word) {
        int at = n.text().indexOf(word);
        assertTrue(at >= 0, word + " not in " + n.text());
        return n.originalOf(at, at + word.length());
    }

    @Test
    void bothToneConventionsGiveOneKeyAndKeepTheOffsets() {
        NormalizedText old = normalizer.normalize("Uỷ ban nhân dân tỉnh Khánh Hoà, thuỷ lợi");
        NormalizedText modern = normalizer.normalize("Ủy ban nhân dân tỉnh Khánh Hòa, thủy lợi");
        assertEquals("Ủy ban nhân dân tỉnh Khánh Hòa, thủy lợi", old.text());
        assertEquals(modern.text(), old.text());
        assertTrue(old.sameOffsets());
        assertEquals("Khánh Hoà", original(old, "Khánh Hòa"));
        assertEquals("thuỷ", original(old, "thủy"));
    }

    @Test
    void noBreakSpacesBecomeSpacesOneForOne() {
        NormalizedText n = normalizer.normalize("Sở\u00A0Xây\u202Fdựng họp\u2003sáng nay");
        assertEquals("Sở Xây dựng họp sáng nay", n.text());
        assertTrue(n.sameOffsets());
        assertEquals("Sở\u00A0Xây\u202Fdựng", original(n, "Sở Xây dựng"));
    }

    @Test
    void decomposedTextIsComposedAndSpansMapBackToTheMarks() {
        String nfd = Normalizer.normalize("Sở Tư pháp tỉnh Điện Biên nhiệm vụ", Normalizer.Form.NFD);
        NormalizedText n = normalizer.normalize(nfd);
        assertEquals("Sở Tư pháp tỉnh Điện Biên nhiệm vụ", n.text());
        assertTrue(nfd.length() > n.text().length());
        int at = n.text().indexOf("Điện Biên");
        int[] span = n.toOriginal(at, at + "Điện Biên".length());
        assertEquals(Normalizer.normalize("Điện Biên", Normalizer.Form.NFD), nfd.substring(span[0], span[1]));
        assertEquals(nfd.indexOf(Normalizer.normalize("Điện", Normalizer.Form.NFD)), span[0]);
        assertEquals(nfd.length(), n.toOriginal(n.text().length(), n.text().length())[0]);
        // the old tone convention in NFD too: "hoà" decomposed
        assertEquals("Khánh Hòa", normalizer.normalize(Normalizer.normalize("Khánh Hoà", Normalizer.Form.NFD)).text());
    }

    @Test
    void invisibleCharactersAreDroppedAndSkippedBySpans() {
        String text = "nhiệm\u200B vụ trọng\u00ADtâm\uFEFF của Sở";
        NormalizedText n = normalizer.normalize(text);
        assertEquals("nhiệm vụ trọngtâm của Sở", n.text());
        assertEquals("trọng\u00ADtâm", original(n, "trọngtâm"));
        assertEquals("nhiệm", original(n, "nhiệm"));
        int at = n.text().indexOf("của");
        assertArrayEquals(new int[] {text.indexOf("của"), text.indexOf("của") + 3}, n.toOriginal(at, at + 3));
        assertEquals(text.indexOf("của"), n.map().toOriginalStart(at));
        assertEquals(at, n.map().toNormalized(text.indexOf("của")));
    }

    @Test
    void quotesDashesAndLookAlikeLettersOneForOne() {
        NormalizedText n = normalizer.normalize("“Phải làm ngay” – giai đoạn 2021—2025, ‘tốt’ Ðảng");
        assertEquals("\"Phải làm ngay\" - giai đoạn 2021-2025, 'tốt' Đảng", n.text());
        assertTrue(n.sameOffsets());
    }

    @Test
    void stepsCanBeChosen() {
        TextNormalizer nfcOnly = TextNormalizer.of(TextNormalizer.Step.NFC);
        String nfd = Normalizer.normalize("Uỷ ban “mới”", Normalizer.Form.NFD);
        assertEquals("Uỷ ban “mới”", nfcOnly.normalize(nfd).text());
        assertEquals("Ủy ban \"mới\"", TextNormalizer.sameLength("Uỷ ban “mới”"));
    }

    @Test
    void tcvn3TextIsFoundAndConverted() {
        // "Cộng hoà xã hội chủ nghĩa Việt Nam" as TCVN3 bytes shown through windows-1252, written out by hand
        String shown = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc";
        assertEquals(LegacyEncoding.TCVN3, LegacyText.detect(shown).orElseThrow());
        NormalizedText n = normalizer.normalize(shown);
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", n.text());
        assertEquals("ViÖt Nam", original(n, "Việt Nam"));
        // one of our own: encoded with the project's table, then found and decoded
        String sample = "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn đã hoàn thành 06 nhiệm vụ trọng tâm năm 2020";
        String encoded = LegacyEncoding.TCVN3.encode(sample);
        assertEquals("Së KÕ ho¹ch vµ §Çu t\u00AD tØnh L¹ng S¬n ®· hoµn thµnh 06 nhiÖm vô träng t©m n¨m 2020", encoded);
        assertEquals(sample, normalizer.normalize(encoded).text());
    }

    @Test
    void vniTextIsFoundAndConvertedWithOffsets() {
        String shown = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam - Ñoäc laäp - Töï do - Haïnh phuùc";
        assertEquals(LegacyEncoding.VNI, LegacyText.detect(shown).orElseThrow());
        NormalizedText n = normalizer.normalize(shown);
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc", n.text());
        assertEquals("Vieät", original(n, "Việt"));
        assertEquals("Ñoäc laäp", original(n, "Độc lập"));
        String sample = "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hường yêu cầu các sở, ngành khẩn trương triển khai";
        String encoded = LegacyEncoding.VNI.encode(sample);
        assertEquals("Phoù Chuû tòch UBND tænh Nguyeãn Thò Höôøng yeâu caàu caùc sôû, ngaønh khaån tröông trieån"
                + " khai", encoded);
        NormalizedText back = normalizer.normalize(encoded);
        assertEquals(sample, back.text());
        assertEquals("Höôøng", original(back, "Hường"));
    }

    @Test
    void windows1258PagesReadAsLatin1AreRepaired() {
        String sample = "Ủy ban nhân dân tỉnh Lạng Sơn chỉ đạo các sở, ngành thực hiện nghiêm";
        byte[] bytes = Windows1258.encode(sample);
        assertEquals(sample, LegacyText.decode(bytes, 0, bytes.length));
        String shown = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(LegacyEncoding.WINDOWS_1258, LegacyText.detect(shown).orElseThrow());
        assertEquals(sample, normalizer.normalize(shown).text());
    }

    @Test
    void unicodeVietnameseIsNeverTakenForALegacyEncoding() {
        for (String text : new String[] {
            "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn đã hoàn thành 06 nhiệm vụ trọng tâm",
            "Giá trị sản xuất đạt 1.573,1 tỷ đồng, tăng 7,5% so với cùng kỳ; « Tết » ñ",
            "Café Ñoño in Zürich – naïve façade", "ông Lê Văn Tám, bà Phạm Thị Út; Uỷ ban, thuỷ lợi, khoẻ"}) {
            assertTrue(LegacyText.detect(text).isEmpty(), text);
            assertEquals(text, LegacyText.repair(text).text());
        }
    }
}

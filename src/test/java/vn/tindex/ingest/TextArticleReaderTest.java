package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Article;

class TextArticleReaderTest {
    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void seedShapedTextWithNbspLines() {
        Article a = reader.read(Fixtures.bytes("text/seed-like.txt"), "corpus/seed-like.txt").article();
        List<String> paragraphs = List.of(a.text().split("\n\n", -1));
        assertEquals(4, paragraphs.size(), a.text());
        assertTrue(paragraphs.get(0).startsWith("Sáng ngày 20/11/2020, đồng chí Nguyễn Thị Lan"));
        assertEquals("Đồng chí Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh phát biểu kết luận", paragraphs.get(1),
                "a caption line of a .txt stays in the text");
        assertEquals("Theo báo cáo, năm 2020 Sở được giao thực hiện 08 nhiệm vụ trọng tâm; đến nay đã hoàn thành "
                + "07/08 nhiệm vụ, nhiệm vụ còn lại đang triển khai.", paragraphs.get(2), "NBSP became spaces");
        assertEquals("Trần Minh", paragraphs.get(3), "the signature stays in the text");
        assertEquals("Trần Minh", a.author());
        assertTrue(a.captions().isEmpty());
        assertNull(a.url());
        assertNull(a.title(), "no title detection in text");
        assertEquals("corpus/seed-like.txt", a.source());
        assertEquals(ArticleIds.of(null, a.text()), a.id());
    }

    @Test
    void byteOrderMarkIsDropped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("Ủy ban nhân dân tỉnh họp phiên thường kỳ.".getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(bytes.toByteArray(), "bom.txt").article();
        assertEquals("Ủy ban nhân dân tỉnh họp phiên thường kỳ.", a.text());
        assertNull(a.author());
    }

    @Test
    void windows1258WhenNotUtf8() {
        String text = "Phó Chủ tịch UBND tỉnh kiểm tra công trình thủy lợi.\n\nĐoàn đã làm việc tại huyện.";
        Article a = reader.read(Fixtures.windows1258(text), "legacy.txt").article();
        assertEquals(text, a.text());
    }

    @Test
    void blankTextIsAnIssue() {
        ReadResult result = reader.read(" \u00A0\n\n\t".getBytes(StandardCharsets.UTF_8), "blank.txt");
        assertEquals("blank.txt", result.issue().input());
        assertEquals(TextArticleReader.EMPTY, result.issue().reason());
    }
}

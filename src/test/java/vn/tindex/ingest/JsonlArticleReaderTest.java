package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

class JsonlArticleReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private void read(byte[] bytes, String source, JsonlArticleReader reader) throws IOException {
        reader.read(new ByteArrayInputStream(bytes), source, articles::add, issues::add);
    }

    @Test
    void goodLinesPassAndBadLinesBecomeIssues() throws IOException {
        read(Fixtures.bytes("articles.jsonl"), "in/articles.jsonl", new JsonlArticleReader());

        assertEquals(3, articles.size(), () -> "issues: " + issues);
        Article text = articles.get(0);
        assertEquals("https://Sotp.Example.gov.vn/tin/45/", text.url(), "url carried unchanged");
        assertEquals(ArticleIds.of("https://sotp.example.gov.vn/tin/45/", ""), text.id());
        assertEquals("sotp.example.gov.vn", text.site());
        assertEquals("Sở Tư pháp triển khai nhiệm vụ năm 2021", text.title());
        assertEquals("2021-03-12T15:00:00+07:00", text.published());
        assertEquals("Hải Yến", text.author());
        assertEquals("Chiều 12/3, Sở Tư pháp tổ chức hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm "
                + "2021.\n\nHội nghị thống nhất 05 nhiệm vụ trọng tâm.", text.text());
        assertEquals("in/articles.jsonl:1", text.source());

        Article fragment = articles.get(1);
        assertEquals("Chiều 3/5, Sở Y tế họp bàn các giải pháp phòng, chống dịch bệnh mùa hè.", fragment.text(),
                "a fragment is the article, even a short one");
        assertEquals(List.of("Quang cảnh cuộc họp"), fragment.captions());
        assertEquals("in/articles.jsonl:2", fragment.source());

        Article page = articles.get(2);
        assertEquals("https://baomiennui.example.vn/b/9.html", page.url());
        assertEquals("baomiennui.vn", page.site(), "the line's site wins");
        assertEquals("Khánh thành trường mầm non xã Na Hang", page.title());
        assertEquals("2021-09-05T08:00:00+07:00", page.published());
        assertEquals("Sáng 5/9, xã Na Hang khánh thành trường mầm non mới với 8 phòng học, tổng kinh phí 12 tỷ đồng."
                + "\n\nCông trình bảo đảm chỗ học cho 240 cháu trong năm học mới.", page.text());
        assertEquals("in/articles.jsonl:9", page.source(), "line 6 is blank and still counts");

        assertEquals(List.of("in/articles.jsonl:3", "in/articles.jsonl:4", "in/articles.jsonl:5",
                "in/articles.jsonl:7", "in/articles.jsonl:8"), issues.stream().map(Issue::input).toList());
        assertEquals("field 'text' must be a string, not number", issues.get(0).reason());
        assertTrue(issues.get(1).reason().startsWith("invalid JSON"), issues.get(1).reason());
        assertEquals("neither html nor text", issues.get(2).reason());
        assertEquals("empty text", issues.get(3).reason());
        assertEquals("not a JSON object", issues.get(4).reason());
    }

    @Test
    void htmlWithoutTextIsAnIssueOnItsLine() throws IOException {
        String lines = "{\"url\":\"https://a.vn/1\","
                + "\"html\":\"<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>\"}\n"
                + "{\"url\":\"https://a.vn/2\",\"text\":\"Nội dung bài viết.\"}\r\n";
        read(lines.getBytes(StandardCharsets.UTF_8), "x.jsonl", new JsonlArticleReader());
        assertEquals(List.of(new Issue("x.jsonl:1", HtmlArticleReader.NO_TEXT)), issues);
        assertEquals(1, articles.size());
        assertEquals("Nội dung bài viết.", articles.get(0).text());
    }

    @Test
    void overlongLineIsSkippedAndReadingGoesOn() throws IOException {
        String lines = "{\"text\":\"" + "x".repeat(500) + "\"}\n{\"text\":\"Ngắn.\"}";
        read(lines.getBytes(StandardCharsets.UTF_8), "big.jsonl", new JsonlArticleReader(new HtmlArticleReader(), 100));
        assertEquals("big.jsonl:1", issues.get(0).input());
        assertTrue(issues.get(0).reason().startsWith("line too long"));
        assertEquals("Ngắn.", articles.get(0).text());
        assertEquals(null, articles.get(0).url());
    }
}

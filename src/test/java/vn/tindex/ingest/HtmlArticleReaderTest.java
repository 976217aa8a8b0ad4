package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Article;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article page(String name) {
        ReadResult result = reader.read(Fixtures.bytes("pages/" + name), null, name);
        assertNotNull(result.article(), () -> "no article from " + name + ": " + result.issue());
        return result.article();
    }

    private static void assertParagraphs(Article a, String... starts) {
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertEquals(starts.length, paragraphs.size(), () -> "paragraphs of:\n" + a.text());
        for (int i = 0; i < starts.length; i++) {
            String p = paragraphs.get(i);
            String start = starts[i];
            assertTrue(p.startsWith(start), () -> "paragraph should start with '" + start + "': " + p);
            assertFalse(p.contains("\n"), () -> "a paragraph on one line: " + p);
        }
    }

    private static void assertNotInText(Article a, String... pieces) {
        for (String piece : pieces) {
            assertFalse(a.text().contains(piece), () -> "'" + piece + "' should not be in:\n" + a.text());
        }
    }

    @Test
    void liferayPortal() {
        Article a = page("liferay-egov.html");
        assertEquals("Phó Chủ tịch UBND tỉnh làm việc với Sở Nông nghiệp về kế hoạch trồng rừng năm 2021", a.title());
        assertEquals("2021-01-14T15:45:00+07:00", a.published());
        assertEquals("Bích Ngọc", a.author(), "the bold right-aligned signature");
        assertEquals(List.of("Đồng chí Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm việc"), a.captions());
        assertParagraphs(a, "Chiều ngày 14/01/2021, đồng chí Hoàng Văn Toản", "Theo báo cáo của Sở, năm 2020",
                "Kết luận buổi làm việc");
        assertNotInText(a, "Nhảy đến nội dung", "Trang chủ", "Tin liên quan", "Tết trồng cây", "Bích Ngọc",
                "phát biểu tại buổi làm việc", "Cơ quan chủ quản", "\u00A0");
        assertNull(a.url());
        assertNull(a.site());
        assertEquals("liferay-egov.html", a.source());
        assertEquals(ArticleIds.of(null, a.text()), a.id());
    }

    @Test
    void newspaperWithOpenGraphAndFigures() {
        Article a = page("newspaper-og.html");
        assertEquals("Sở Xây dựng tổng kết công tác quy hoạch năm 2020", a.title());
        assertEquals("2020-12-28T10:05:00+07:00", a.published(), "article:published_time keeps its offset");
        assertEquals("https://www.baomiennui.vn/xa-hoi/so-xay-dung-tong-ket-quy-hoach-2020-4521.html", a.url());
        assertEquals("baomiennui.vn", a.site());
        assertEquals("Thu Trang", a.author(), "'Theo Thu Trang' in .detail-author");
        assertEquals(List.of("Quang cảnh hội nghị tổng kết. Ảnh: Minh Khôi",
                "Lãnh đạo Sở trao giấy khen cho các tập thể có thành tích xuất sắc"), a.captions());
        assertParagraphs(a, "Năm 2020, Sở Xây dựng đã hoàn thành 100%", "Sáng 28/12, Sở Xây dựng tổ chức",
                "Theo báo cáo, trong năm", "Phát biểu tại hội nghị");
        assertNotInText(a, "Tin cùng chuyên mục", "Khánh thành cầu", "Đọc nhiều", "Giá vàng", "Từ khóa", "Facebook",
                "In bài", "Quang cảnh", "trao giấy khen", "Thời sự", "Giấy phép", "Thu Trang",
                "Sở Xây dựng tổng kết công tác quy hoạch năm 2020");
        assertEquals(ArticleIds.of(a.url(), ""), a.id(), "the id comes from the URL");
    }

    @Test
    void oldTableLayoutWithVisibleDatelineOnly() {
        Article a = page("table-layout.html");
        assertEquals("Huyện Đông Sơn tổ chức Hội nghị giao ban công tác xây dựng nông thôn mới", a.title());
        assertEquals("2018-10-15T14:35:00+07:00", a.published(), "'Cập nhật: Thứ Hai, 15/10/2018 - 14:35'");
        assertEquals("Văn phòng HĐND-UBND huyện", a.author(), "the Nguồn line stands in for a missing byline");
        assertEquals(List.of("Các đại biểu dự hội nghị giao ban"), a.captions());
        assertParagraphs(a, "Ngày 15/10, UBND huyện Đông Sơn", "Đến nay, toàn huyện có 9/14 xã",
                "Phát biểu chỉ đạo, Chủ tịch UBND huyện");
        assertNotInText(a, "Hôm nay", "Cập nhật", "Các tin khác", "ra quân", "Nguồn", "Bản quyền", "Lịch công tác",
                "Các đại biểu dự hội nghị");
    }

    @Test
    void wordpressPost() {
        Article a = page("wordpress.html");
        assertEquals("Xã Tân Lập hoàn thành tiêm chủng mở rộng đợt 1", a.title());
        assertEquals("2019-03-05T08:15:00+07:00", a.published(), "<time class=published datetime>");
        assertEquals("Trần Văn Nam", a.author());
        assertEquals("http://tramyte-tanlap.example.vn/2019/03/05/tiem-chung-dot-1/", a.url(), "rel=canonical");
        assertEquals("tramyte-tanlap.example.vn", a.site());
        assertEquals(List.of("Cán bộ y tế khám sàng lọc trước khi tiêm cho trẻ"), a.captions());
        assertParagraphs(a, "Trong hai ngày 3 và 4/3/2019", "Kết quả, có 312 trẻ", "Trạm Y tế đề nghị");
        assertNotInText(a, "Skip to content", "Bài viết liên quan", "phòng, chống dịch sởi", "Chia sẻ", "Twitter",
                "Thẻ", "Chuyên mục", "Bình luận", "Email của bạn", "Bài viết mới", "WordPress", "Cán bộ y tế khám");
    }

    @Test
    void jsonLdAndRelatedBoxInsideTheContent() {
        Article a = page("jsonld-related.html");
        assertEquals("Tỉnh Thanh Lâm đẩy mạnh chuyển đổi số trong cơ quan nhà nước", a.title());
        assertEquals("2021-06-02T09:00:00+07:00", a.published());
        assertEquals("Lê Thu Hà", a.author());
        assertEquals("https://thanhlam.example.gov.vn/chuyen-doi-so/bai-2201", a.url(), "JSON-LD mainEntityOfPage");
        assertParagraphs(a, "Đến hết tháng 5/2021, 100% cơ quan", "Chiều 01/6, Ban Chỉ đạo",
                "Theo báo cáo, Cổng dịch vụ công", "Kết luận cuộc họp");
        assertNotInText(a, "TIN LIÊN QUAN", "công dân số", "Tập huấn kỹ năng", "Đọc nhiều", "sạt lở", "Bản quyền",
                "Trang chủ");
        assertTrue(a.captions().isEmpty());
    }

    @Test
    void aspNetPageWrappedInOneForm() {
        Article a = page("aspnet-form.html");
        assertEquals("Công khai dự toán ngân sách năm 2019 của các đơn vị dự toán cấp tỉnh", a.title());
        assertEquals("2019-01-15", a.published(), "'Ngày đăng: 15/01/2019' has no time");
        assertEquals("Nguyễn Hoa", a.author());
        assertParagraphs(a, "Thực hiện Luật Ngân sách", "Đến ngày 10/01/2019", "Sở Tài chính đề nghị");
        assertNotInText(a, "Lượt xem", "Tin mới nhất", "quyết toán vốn", "Tags", "ngân sách,", "TRANG CHỦ",
                "Nguyễn Hoa", "Địa chỉ");
    }

    @Test
    void pageWithoutArticleTextIsAnIssue() {
        ReadResult result = reader.read(Fixtures.bytes("pages/no-body.html"), null, "x/no-body.html");
        assertNull(result.article());
        assertEquals("x/no-body.html", result.issue().input());
        assertEquals(HtmlArticleReader.NO_TEXT, result.issue().reason());
        assertEquals(HtmlArticleReader.NO_TEXT, reader.read("", null, "empty.html").issue().reason());
        assertEquals(HtmlArticleReader.NO_TEXT,
                reader.read("<html><head><title>x</title></head></html>", null, "head-only.html").issue().reason());
    }

    @Test
    void decomposedPageComesOutNfc() {
        String page = Fixtures.text("pages/wordpress.html");
        byte[] nfd = Normalizer.normalize(page, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        Article fromNfd = reader.read(nfd, null, "nfd.html").article();
        Article fromNfc = page("wordpress.html");
        assertTrue(Normalizer.isNormalized(fromNfd.text(), Normalizer.Form.NFC));
        assertEquals(fromNfc.text(), fromNfd.text());
        assertEquals(fromNfc.title(), fromNfd.title());
        assertEquals(fromNfc.author(), fromNfd.author());
        assertEquals(fromNfc.captions(), fromNfd.captions());
    }

    @Test
    void windows1258PageComesOutNfc() {
        String page = Fixtures.text("pages/table-layout.html").replace("charset=utf-8", "charset=windows-1258");
        byte[] legacy = Fixtures.windows1258(page);
        Article a = reader.read(legacy, null, "legacy.html").article();
        Article expected = page("table-layout.html");
        assertTrue(Normalizer.isNormalized(a.text(), Normalizer.Form.NFC));
        assertEquals(expected.text(), a.text());
        assertEquals(expected.title(), a.title());
        assertEquals(expected.published(), a.published());
        assertEquals(expected.author(), a.author());
        assertEquals(expected.captions(), a.captions());
        assertTrue(a.text().contains("Đến nay, toàn huyện có 9/14 xã đạt chuẩn nông thôn mới"));
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1258() {
        String page = "<html><body><h1>Hội nghị tổng kết năm</h1><p>Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị "
                + "tổng kết công tác năm, đánh giá kết quả thực hiện nhiệm vụ.</p></body></html>";
        Article a = reader.read(Fixtures.windows1258(page), null, "undeclared.html").article();
        assertEquals("Hội nghị tổng kết năm", a.title());
        assertTrue(a.text().startsWith("Sáng nay, Ủy ban nhân dân huyện"), a.text());
    }

    @Test
    void unseenLayoutWithoutClassNames() {
        String html = "<html><body>"
                + "<div><a href='/'>Trang chủ</a> <a href='/a'>Giới thiệu</a> <a href='/b'>Tin tức sự kiện</a></div>"
                + "<div><div><b>Kiểm tra tiến độ dự án đường tránh thị trấn</b></div>"
                + "<div>(15/10/2016)</div>"
                + "<div>Ngày 14/10, đoàn công tác của tỉnh đã kiểm tra tiến độ thi công dự án đường tránh thị trấn, "
                + "một công trình trọng điểm của huyện.</div>"
                + "<div>Theo báo cáo của chủ đầu tư, đến nay khối lượng thi công đạt khoảng 70%, giải ngân được "
                + "85 tỷ đồng; còn vướng mặt bằng tại 3 hộ dân.</div>"
                + "<div>Trưởng đoàn yêu cầu chủ đầu tư phối hợp với chính quyền địa phương giải quyết dứt điểm "
                + "vướng mắc, bảo đảm hoàn thành công trình trong năm.</div><div>Minh Châu</div></div>"
                + "<div><a href='/c'>Liên hệ</a> | <a href='/d'>Sơ đồ trang</a></div>"
                + "</body></html>";
        Article a = reader.read(html, "HTTP://WWW.Example.GOV.vn/tin/123#top", "unseen.html").article();
        assertEquals("Kiểm tra tiến độ dự án đường tránh thị trấn", a.title());
        assertEquals("2016-10-15", a.published());
        assertEquals("example.gov.vn", a.site());
        assertEquals("Minh Châu", a.author(), "a bare name closing the article");
        assertEquals("HTTP://WWW.Example.GOV.vn/tin/123#top", a.url(), "the url argument is kept as given");
        assertEquals(ArticleIds.of("http://www.example.gov.vn/tin/123", ""), a.id());
        assertParagraphs(a, "Ngày 14/10, đoàn công tác", "Theo báo cáo của chủ đầu tư", "Trưởng đoàn yêu cầu");
    }

    @Test
    void dataTableRowsAreParagraphsAndCaptionCellsAreCaptions() {
        String html = "<html><body><div class='cms'><h1>Khai mạc kỳ họp thứ 12 HĐND tỉnh khóa XVI</h1>"
                + "<div class='cms-date'>Thứ Ba, 08/12/2020 - 08:00 (GMT+7)</div><div class='cms-body'>"
                + "<p>Sáng 8/12, HĐND tỉnh khóa XVI khai mạc kỳ họp thứ 12, xem xét nhiều nội dung quan trọng.</p>"
                + "<table class='picture'><tr><td><img src='a.jpg'></td></tr><tr><td class='caption'>Quang cảnh kỳ họp"
                + "</td></tr></table>"
                + "<table border='1'><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>GRDP</td><td>tăng 6,5%</td></tr>"
                + "</table><p>Chủ tọa kỳ họp đề nghị các đại biểu tập trung thảo luận, đóng góp ý kiến xác đáng.</p>"
                + "</div></div></body></html>";
        Article a = reader.read(html, null, "table.html").article();
        assertEquals("2020-12-08T08:00:00+07:00", a.published());
        assertEquals(List.of("Quang cảnh kỳ họp"), a.captions());
        assertEquals("Sáng 8/12, HĐND tỉnh khóa XVI khai mạc kỳ họp thứ 12, xem xét nhiều nội dung quan trọng.\n\n"
                + "Chỉ tiêu | Kết quả\n\nGRDP | tăng 6,5%\n\n"
                + "Chủ tọa kỳ họp đề nghị các đại biểu tập trung thảo luận, đóng góp ý kiến xác đáng.", a.text());
    }

    @Test
    void severalShortParagraphsBeatOneLongEnumeration() {
        String html = "<html><body><div><div><div><h1>Hội nghị sơ kết công tác quý I</h1>"
                + "<p>Ngày 5/4, Sở Nội vụ tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II.</p>"
                + "<p>Quý I, Sở đã tham mưu ban hành 12 văn bản, thẩm định 8 đề án, hoàn thành 100% kế hoạch.</p>"
                + "<p>Giám đốc Sở yêu cầu các phòng tập trung hoàn thành nhiệm vụ trọng tâm.</p></div></div>"
                + "<div><div><b>Giới thiệu</b><p>Sở Nội vụ là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham "
                + "mưu về tổ chức bộ máy, vị trí việc làm, biên chế công chức, cải cách hành chính, chính quyền địa "
                + "phương, địa giới hành chính, cán bộ, công chức, viên chức, hội, văn thư, lưu trữ, tôn giáo, thi "
                + "đua, khen thưởng.</p></div></div></div></body></html>";
        Article a = reader.read(html, null, "about-box.html").article();
        assertParagraphs(a, "Ngày 5/4, Sở Nội vụ", "Quý I, Sở đã tham mưu", "Giám đốc Sở yêu cầu");
    }

    @Test
    void lineBreaksInsideABlockEndParagraphs() {
        String html = "<html><head><meta property='og:title' content='Thông báo lịch tiếp công dân'></head><body>"
                + "<div class='news-content'>UBND xã thông báo lịch tiếp công dân định kỳ tháng 11 như sau:<br>"
                + "<br>Sáng thứ Hai hằng tuần, Chủ tịch UBND xã trực tiếp tiếp công dân tại trụ sở.<br>"
                + "Chiều thứ Năm hằng tuần, Phó Chủ tịch UBND xã tiếp công dân tại bộ phận một cửa.<br>"
                + "<p align='center'><img src='a.jpg'></p><p align='center'><i>Trụ sở UBND xã</i></p>"
                + "<p>Ngày: 15/10/2016 08:12:00 AM</p>"
                + "</div></body></html>";
        Article a = reader.read(html, null, "br.html").article();
        assertEquals("Thông báo lịch tiếp công dân", a.title());
        assertEquals("2016-10-15T08:12:00+07:00", a.published());
        assertEquals(List.of("Trụ sở UBND xã"), a.captions());
        assertEquals("UBND xã thông báo lịch tiếp công dân định kỳ tháng 11 như sau:\n\n"
                + "Sáng thứ Hai hằng tuần, Chủ tịch UBND xã trực tiếp tiếp công dân tại trụ sở.\n\n"
                + "Chiều thứ Năm hằng tuần, Phó Chủ tịch UBND xã tiếp công dân tại bộ phận một cửa.", a.text());
    }

    @Test
    void aSentenceWithADateIsTextNotADateline() {
        String html = "<html><head><script type='application/ld+json'>[{\"@type\":\"Article\",\"author\":"
                + "[{\"@type\":\"Person\",\"name\":\"Hà An\"},\"Minh Tú\"]}]</script></head><body>"
                + "<h1>UBND tỉnh họp phiên thường kỳ tháng 10</h1>"
                + "<p>Sáng 15/10/2020, UBND tỉnh họp phiên thường kỳ.</p>"
                + "<div class='body'><p>Phiên họp xem xét tình hình kinh tế - xã hội 9 tháng, nhiệm vụ quý IV, dự "
                + "thảo các nghị quyết trình HĐND tỉnh tại kỳ họp cuối năm.</p></div></body></html>";
        Article a = reader.read(html, null, "sentence.html").article();
        assertNull(a.published());
        assertEquals("Hà An, Minh Tú", a.author());
        assertParagraphs(a, "Sáng 15/10/2020, UBND tỉnh họp phiên thường kỳ.", "Phiên họp xem xét");
    }

    @Test
    void fragmentIsTheArticle() {
        String fragment = "<p>Chiều 3/5, Sở Y tế họp bàn các giải pháp phòng, chống dịch bệnh mùa hè.</p>"
                + "<figure><img src='x.jpg'><figcaption>Quang cảnh cuộc họp</figcaption></figure>"
                + "<p>Ngắn gọn.</p><script>var x = 1;</script>";
        Article a = reader.readFragment(fragment, "https://syt.example.vn/a/1", "f.jsonl:1").article();
        assertEquals("Chiều 3/5, Sở Y tế họp bàn các giải pháp phòng, chống dịch bệnh mùa hè.\n\nNgắn gọn.", a.text());
        assertEquals(List.of("Quang cảnh cuộc họp"), a.captions());
        assertEquals("syt.example.vn", a.site());
    }

    @Test
    void strictWithCallers() {
        assertThrows(IllegalArgumentException.class, () -> reader.read((byte[]) null, null, "x.html"));
        assertThrows(IllegalArgumentException.class, () -> reader.read(new byte[0], null, " "));
        assertThrows(IllegalArgumentException.class, () -> reader.read((String) null, null, "x.html"));
    }
}

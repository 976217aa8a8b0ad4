package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Agency;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Mention;

/** Bodies named as they were on the article's date: the 2025 mergers of ministries, departments and provinces. */
class AgencyByArticleDateTest {
    private static List<String> names(ArticleRecord r) {
        return r.agencies().stream().map(Agency::name).toList();
    }

    private static Agency agency(ArticleRecord r, String name) {
        return r.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no agency " + name + " in " + names(r)));
    }

    /** The agency {@code name} is mentioned first by {@code written}, at its place in the text. */
    private static void mentionedAs(ArticleRecord r, String name, String written) {
        Mention m = agency(r, name).mentions().get(0);
        int start = r.text().indexOf(written);
        assertEquals(List.of(written, start, start + written.length()), List.of(m.text(), m.start(), m.end()));
    }

    @Test
    void aFormOfTwoPeriodsNamesTheDepartmentOfTheArticlesDate() {
        String text = "Sở Nông nghiệp phối hợp với UBND tỉnh Lạng Sơn kiểm tra tiến độ trồng rừng.";
        ArticleRecord before = Extracted.from(text, "2024-05-10", null);
        mentionedAs(before, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn", "Sở Nông nghiệp");
        ArticleRecord after = Extracted.from(text, "2026-01-15", null);
        mentionedAs(after, "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn", "Sở Nông nghiệp");
        assertEquals("Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn",
                names(Extracted.from(text, "2025-02-28", null)).get(0), "the last day of the old name");
        assertEquals("Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
                names(Extracted.from(text, "2025-03-01", null)).get(0), "the first day of the new one");
    }

    @Test
    void aFormOfTwoPeriodsNamesTheMinistryOfTheArticlesDate() {
        String text = "Đoàn công tác của Bộ Nông nghiệp làm việc với UBND tỉnh Sơn La về phòng, chống hạn hán.";
        ArticleRecord before = Extracted.from(text, "2024-04-02", null);
        mentionedAs(before, "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp");
        assertEquals("central", agency(before, "Bộ Nông nghiệp và Phát triển nông thôn").level());
        ArticleRecord after = Extracted.from(text, "2026-04-02", null);
        mentionedAs(after, "Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp");
    }

    @Test
    void aFormOfOneBodyNamesItWhateverTheDate() {
        ArticleRecord r = Extracted.from("Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa được thành lập trên cơ sở hợp nhất"
                + " Sở Nông nghiệp và PTNT với Sở TN&MT; Sở KH&ĐT đã chuyển giao hồ sơ cho Sở Tài chính.",
                "2026-01-09", null);
        mentionedAs(r, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa", "Sở Nông nghiệp và PTNT");
        mentionedAs(r, "Sở Tài nguyên và Môi trường tỉnh Khánh Hòa", "Sở TN&MT");
        mentionedAs(r, "Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa", "Sở KH&ĐT");
    }

    @Test
    void withoutAPublicationDateTheEarliestDayWrittenInFullDecides() {
        ArticleRecord dated = Extracted.from("Từ ngày 1/7/2025, Sở Nông nghiệp tiếp nhận nhiệm vụ của tỉnh Bạc Liêu; đến"
                + " ngày 15/9/2025, Sở báo cáo UBND tỉnh Cà Mau kết quả.");
        mentionedAs(dated, "Sở Nông nghiệp và Môi trường tỉnh Cà Mau", "Sở Nông nghiệp");
        assertEquals("Cà Mau", dated.province(), "Bạc Liêu merged into Cà Mau on 2025-07-01");
        ArticleRecord older = Extracted.from("Ngày 12/4/2024, Sở Nông nghiệp báo cáo UBND tỉnh Bạc Liêu; đến ngày"
                + " 15/9/2025, Sở hoàn thành kế hoạch.");
        mentionedAs(older, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bạc Liêu", "Sở Nông nghiệp");
        ArticleRecord undated = Extracted.from("Sở Nông nghiệp báo cáo UBND tỉnh Lạng Sơn.");
        assertEquals("Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn", names(undated).get(0),
                "no date: the first row of the form");
    }

    @Test
    void bodiesWrittenAloneTakeTheProvinceAMergedHostBecamePartOf() {
        String text = "Sáng 12/9, Sở Xây dựng làm việc với UBND tỉnh về tiến độ các công trình giao thông.";
        ArticleRecord after = Extracted.from(text, "2025-09-12", "sxd.hagiang.gov.vn");
        assertEquals("Tuyên Quang", after.province());
        mentionedAs(after, "Sở Xây dựng tỉnh Tuyên Quang", "Sở Xây dựng");
        mentionedAs(after, "Ủy ban nhân dân tỉnh Tuyên Quang", "UBND tỉnh");
        ArticleRecord before = Extracted.from(text, "2024-09-12", "sxd.hagiang.gov.vn");
        assertEquals("Hà Giang", before.province());
        mentionedAs(before, "Sở Xây dựng tỉnh Hà Giang", "Sở Xây dựng");
        mentionedAs(before, "Ủy ban nhân dân tỉnh Hà Giang", "UBND tỉnh");
        assertEquals("Hà Giang", Extracted.from(text, "2025-06-30", "sxd.hagiang.gov.vn").province(),
                "the last day of the 63 provinces");
    }

    @Test
    void aProvinceMergedIntoACityTakesTheCitysPrefixAndCommittee() {
        String text = "Chiều 20/9, Tỉnh ủy làm việc với Sở Tài chính và UBND tỉnh về giải ngân vốn đầu tư công.";
        ArticleRecord after = Extracted.from(new Article("t", null, null, null, "2025-09-20", null, text, null, "t",
                "Cổng thông tin điện tử tỉnh Quảng Nam"));
        assertEquals("Đà Nẵng", after.province());
        mentionedAs(after, "Thành ủy Đà Nẵng", "Tỉnh ủy");
        mentionedAs(after, "Sở Tài chính thành phố Đà Nẵng", "Sở Tài chính");
        mentionedAs(after, "Ủy ban nhân dân thành phố Đà Nẵng", "UBND tỉnh");
        ArticleRecord before = Extracted.from(new Article("t", null, null, null, "2024-09-20", null, text, null, "t",
                "Cổng thông tin điện tử tỉnh Quảng Nam"));
        assertEquals(List.of("Tỉnh ủy Quảng Nam", "Sở Tài chính tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam"),
                names(before));
    }

    @Test
    void aFormerProvinceWrittenInTheTextStaysAsWritten() {
        ArticleRecord r = Extracted.from("Sở Xây dựng tiếp nhận hồ sơ các dự án do UBND tỉnh Hà Giang làm chủ đầu tư"
                + " trước đây.", "2025-09-12", "hagiang.gov.vn");
        mentionedAs(r, "Ủy ban nhân dân tỉnh Hà Giang", "UBND tỉnh Hà Giang");
        mentionedAs(r, "Sở Xây dựng tỉnh Tuyên Quang", "Sở Xây dựng");
        assertEquals("Tuyên Quang", r.province());
        assertTrue(names(r).stream().noneMatch(n -> n.equals("Ủy ban nhân dân tỉnh Tuyên Quang")), names(r).toString());
    }
}

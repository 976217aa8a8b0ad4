package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Directive;

/** Each case is the sentence that motivated a rule change, checked with what the change must keep true. */
class RuleRegressionTest {
    private static List<String> directives(ArticleRecord r) {
        return r.directives().stream().map(d -> d.speaker() + " | " + d.verb() + " | " + d.addressee()).toList();
    }

    @Test
    void giaoFollowedByACapitalizedBodyIsAnInstructionNotABriefing() {
        ArticleRecord r = Extracted.from("Phát biểu tại hội nghị, Bí thư Tỉnh uỷ Phú Thọ Đặng Quốc Trung quán triệt: đây là"
                + " cuộc cách mạng.\n\nĐồng chí giao Ban Tổ chức Tỉnh uỷ chủ trì hoàn thiện phương án.");
        assertTrue(directives(r).contains("Đặng Quốc Trung | giao | Ban Tổ chức Tỉnh ủy Phú Thọ"), directives(r).toString());
    }

    @Test
    void referenceByAnyPostOfThePersonNotOnlyTheTitle() {
        ArticleRecord r = Extracted.from("Đồng chí Hoàng Trọng Nghĩa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai, Chủ"
                + " tịch HĐND tỉnh chủ trì hội nghị.\n\nPhát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các"
                + " cấp ủy tập trung thực hiện.");
        assertEquals("Chủ tịch", r.officials().get(0).title(), "the last post is the title");
        assertEquals(List.of("Hoàng Trọng Nghĩa | yêu cầu | null"), directives(r));
    }

    @Test
    void aNameRepeatedWithoutItsPostIsTheSamePersonAndSpeaks() {
        ArticleRecord r = Extracted.from("Đồng chí Hoàng Minh Sơn, Chủ tịch HĐND tỉnh Thái Bình chủ trì kỳ họp.\n\nPhát"
                + " biểu bế mạc kỳ họp, đồng chí Hoàng Minh Sơn đề nghị UBND tỉnh khẩn trương cụ thể hóa các nghị quyết.");
        assertEquals(List.of("Hoàng Minh Sơn | đề nghị | Ủy ban nhân dân tỉnh Thái Bình"), directives(r));
        assertEquals(2, r.officials().get(0).mentions().size());
    }

    @Test
    void aDistrictOfAnotherProvinceRunningIntoANameIsAPerson() {
        ArticleRecord r = Extracted.from("Ban Thường vụ Huyện ủy Hàm Yên, tỉnh Tuyên Quang tổ chức hội nghị. Phát biểu kết"
                + " luận, Bí thư Huyện ủy Hà Trung Kiên yêu cầu các cấp ủy tiếp tục quán triệt nghị quyết.");
        assertTrue(r.officials().stream().anyMatch(o -> o.name().equals("Hà Trung Kiên")), r.officials().toString());
        assertTrue(r.agencies().stream().noneMatch(a -> a.name().contains("Hà Trung")), r.agencies().toString());
    }

    @Test
    void continuationAfterASemicolonKeepsTheSpeaker() {
        ArticleRecord r = Extracted.from("Phát biểu kết luận, Bí thư Huyện ủy Hàm Yên Hà Trung Kiên yêu cầu các cấp ủy"
                + " tiếp tục quán triệt nghị quyết; giao UBND huyện Hàm Yên xây dựng đề án phát triển cây cam.");
        assertTrue(directives(r).contains("Hà Trung Kiên | giao | Ủy ban nhân dân huyện Hàm Yên"), directives(r).toString());
    }

    @Test
    void partyGroupsAndLocalDivisionsTakeTheArticlesJurisdiction() {
        ArticleRecord r = Extracted.from("UBND xã La Bằng họp. Ban cán sự đảng UBND tỉnh Thái Nguyên chỉ đạo; Công an xã"
                + " tăng cường tuần tra; Văn phòng HĐND và UBND huyện Đại Từ tổng hợp.");
        List<String> names = r.agencies().stream().map(Agency::name).toList();
        assertTrue(names.contains("Ban cán sự đảng Ủy ban nhân dân tỉnh Thái Nguyên"), names.toString());
        assertTrue(names.contains("Công an xã La Bằng"), names.toString());
        assertTrue(names.contains("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đại Từ"), names.toString());
    }

    @Test
    void theNounChiDaoDieuHanhIsNotAnInstruction() {
        ArticleRecord r = Extracted.from("Trong 6 tháng đầu năm, UBND tỉnh Tuyên Quang đã ban hành 356 văn bản chỉ đạo,"
                + " điều hành; công tác chỉ đạo điều hành được tăng cường.");
        List<Directive> ds = r.directives();
        assertEquals(List.of(), ds);
    }

    @Test
    void namesListedAfterAPostAndAColonEachHoldThePost() {
        ArticleRecord r = Extracted.from("Dự phiên họp có các Phó Chủ tịch UBND thành phố Hải Phòng: Lã Văn Nghĩa, Vương Thị"
                + " Hồng Nhung; lãnh đạo các sở, ngành thành phố.");
        List<String> officials = r.officials().stream().map(o -> o.name() + " | " + o.title() + " | " + o.organization())
                .toList();
        assertEquals(List.of("Lã Văn Nghĩa | Phó Chủ tịch | Ủy ban nhân dân thành phố Hải Phòng",
                "Vương Thị Hồng Nhung | Phó Chủ tịch | Ủy ban nhân dân thành phố Hải Phòng"), officials);
    }

    @Test
    void ongAtTheStartOfASentenceIsTheHonorificNotASurname() {
        ArticleRecord r = Extracted.from("Ông Phan Xuân Thủy, Giám đốc Sở GD&ĐT thành phố Hà Nội chủ trì hội nghị.");
        assertEquals("Phan Xuân Thủy", r.officials().get(0).name());
        assertEquals("Giám đốc", r.officials().get(0).title());
    }

    @Test
    void aNameWithoutAKnownSurnameAfterAnHonorificOrAPost() {
        ArticleRecord r = Extracted.from("Dự họp có bà Rơ Mah Thị Hạnh, Phó Trưởng đoàn đại biểu Quốc hội tỉnh Gia Lai;"
                + " ông Chíu Văn Sáng (Bí thư Đảng ủy xã Quảng Long) chủ trì.");
        List<String> names = r.officials().stream().map(o -> o.name() + " | " + o.title()).toList();
        assertTrue(names.contains("Rơ Mah Thị Hạnh | Phó Trưởng đoàn"), names.toString());
        assertTrue(names.contains("Chíu Văn Sáng | Bí thư"), names.toString());
    }

    @Test
    void theProvinceComesFromThePublisherWhenTheBodyOnlySaysTinh() {
        vn.tindex.model.ArticleRecord r = new Extractor().extract(new vn.tindex.model.Article("x", null, null,
                "Chủ tịch UBND tỉnh tiếp Đoàn công tác Quân khu 4", null, null,
                "Chiều 14.3, đồng chí Thái Bá Liêm, Chủ tịch UBND tỉnh tiếp đoàn; Thượng tá Phan Đức Hòa, Phó Giám đốc"
                        + " Công an tỉnh báo cáo.", null, "x", "Cổng thông tin điện tử tỉnh Nghệ An"));
        assertEquals("Nghệ An", r.province());
        List<String> names = r.agencies().stream().map(Agency::name).toList();
        assertTrue(names.contains("Công an tỉnh Nghệ An"), names.toString());
    }

    @Test
    void aLocalBodyOverAListOfPlacesIsOneBodyPerPlace() {
        ArticleRecord r = Extracted.from("Ông Thọ lưu ý Uỷ ban nhân dân các huyện Bát Xát, Văn Bàn và Sa Pa, tỉnh Lào Cai rà"
                + " soát, di dời các hộ dân.");
        List<String> names = r.agencies().stream().map(Agency::name).toList();
        assertTrue(names.containsAll(List.of("Ủy ban nhân dân huyện Bát Xát", "Ủy ban nhân dân huyện Văn Bàn",
                "Ủy ban nhân dân huyện Sa Pa")), names.toString());
    }

    @Test
    void theExecutiveCommitteeOfAPartyOrganizationIsItsCommittee() {
        ArticleRecord r = Extracted.from("Ban Chấp hành Đảng bộ tỉnh Lào Cai tổ chức hội nghị lần thứ 20.");
        assertEquals(List.of("Tỉnh ủy Lào Cai"), r.agencies().stream().map(Agency::name).toList());
    }

    @Test
    void aBriefingIsNamedGiaoBanNotHoiNghi() {
        ArticleRecord r = Extracted.from("Chiều 28.3.2016, UBND huyện Vị Xuyên tổ chức hội nghị giao ban đánh giá kết quả"
                + " tháng 3.");
        assertEquals("giao ban", r.events().get(0).type());
        assertEquals("2016-03-28", r.events().get(0).date());
    }

    @Test
    void aWeeklyRoundUpReportsOneEventPerDatedParagraph() {
        ArticleRecord r = Extracted.from("Trong tuần từ ngày 7/3 đến ngày 11/3/2022, UBND tỉnh Bắc Ninh tập trung chỉ đạo"
                + " nhiều nhiệm vụ.\n\nSáng 7/3/2022, UBND tỉnh họp giao ban với các sở.\n\nChiều 10/3/2022, Chủ tịch"
                + " UBND tỉnh tiếp đoàn công tác của Bộ Y tế.");
        List<String> events = r.events().stream().map(e -> e.type() + " @ " + e.date()).toList();
        assertTrue(events.containsAll(List.of("giao ban @ 2022-03-07", "tiếp @ 2022-03-10")), events.toString());
    }

    @Test
    void aJanuaryReviewOfAYearIsHeldTheYearAfter() {
        ArticleRecord r = Extracted.from("Sáng 6-1, Huyện ủy Ba Bể tổ chức hội nghị tổng kết công tác năm 2016.");
        assertEquals("2017-01-06", r.dates().get(0).value());
    }
}

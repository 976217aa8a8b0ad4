package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Official;

class AgencyOfficialExtractionTest {
    private static List<String> names(ArticleRecord r) {
        return r.agencies().stream().map(Agency::name).toList();
    }

    private static Official official(ArticleRecord r, String name) {
        return r.officials().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no official " + name + " in " + r.officials()));
    }

    @Test
    void abbreviationsExpandedWithTheArticlesProvince() {
        ArticleRecord r = Extracted.from("UBND tỉnh Cao Bằng làm việc với Sở KH&ĐT, Sở NN&PTNT và Sở LĐ-TB&XH. Sở đề xuất.");
        assertEquals("Cao Bằng", r.province());
        assertEquals(List.of("Ủy ban nhân dân tỉnh Cao Bằng", "Sở Kế hoạch và Đầu tư tỉnh Cao Bằng",
                "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng",
                "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"), names(r));
        Agency labour = r.agencies().get(3);
        assertEquals(2, labour.mentions().size(), "'Sở' alone is the department last named");
        assertEquals("province", labour.level());
    }

    @Test
    void genericPluralsAreNotAgencies() {
        ArticleRecord r = Extracted.from("UBND tỉnh Lạng Sơn yêu cầu các Sở, ban, ngành và UBND cấp huyện triển khai.");
        assertEquals(List.of("Ủy ban nhân dân tỉnh Lạng Sơn"), names(r));
    }

    @Test
    void districtsCommunesPartyAndCentralBodies() {
        ArticleRecord r = Extracted.from("Huyện ủy Lộc Bình, UBND huyện Lộc Bình, UBND xã Tân Liên, Ban Thường vụ Tỉnh ủy"
                + " Lạng Sơn và Bộ Xây dựng cùng dự; Thủ tướng Chính phủ chỉ đạo.");
        assertEquals(List.of("Huyện ủy Lộc Bình", "Ủy ban nhân dân huyện Lộc Bình", "Ủy ban nhân dân xã Tân Liên",
                "Ban Thường vụ Tỉnh ủy Lạng Sơn", "Bộ Xây dựng", "Thủ tướng Chính phủ"), names(r));
        assertEquals("district", r.agencies().get(1).level());
        assertEquals("commune", r.agencies().get(2).level());
        assertEquals("central", r.agencies().get(4).level());
    }

    @Test
    void oldToneConventionGivesTheCanonicalName() {
        ArticleRecord r = Extracted.from("Uỷ ban nhân dân tỉnh Khánh Hoà họp phiên thường kỳ.");
        assertEquals(List.of("Ủy ban nhân dân tỉnh Khánh Hòa"), names(r));
    }

    @Test
    void nameThenPostsWithMembershipFirst() {
        ArticleRecord r = Extracted.from("Dự họp có đồng chí Hoàng Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch"
                + " Thường trực UBND tỉnh Bắc Kạn. Đồng chí Nam đề nghị các sở tập trung.");
        Official o = official(r, "Hoàng Văn Nam");
        assertEquals("Phó Chủ tịch Thường trực", o.title());
        assertEquals("Ủy ban nhân dân tỉnh Bắc Kạn", o.organization());
    }

    @Test
    void postThenNameAndRankBeforeName() {
        ArticleRecord r = Extracted.from("Giám đốc Sở Y tế Trần Thị Mai báo cáo. Đại tá Lê Quốc Hùng, Giám đốc Công an"
                + " tỉnh Lạng Sơn phát biểu.");
        Official mai = official(r, "Trần Thị Mai");
        assertEquals("Giám đốc", mai.title());
        assertEquals("Sở Y tế tỉnh Lạng Sơn", mai.organization());
        Official hung = official(r, "Lê Quốc Hùng");
        assertEquals("Giám đốc", hung.title());
        assertEquals("Công an tỉnh Lạng Sơn", hung.organization());
    }

    @Test
    void laterReferencesResolveToThePerson() {
        ArticleRecord r = Extracted.from("Đồng chí Lương Văn Quỳnh, Phó Chủ tịch UBND tỉnh Lạng Sơn chủ trì.\n\n"
                + "Kết luận, đồng chí đề nghị Sở Xây dựng khẩn trương. Ông Quỳnh cũng lưu ý Sở Tài chính.");
        Official o = official(r, "Lương Văn Quỳnh");
        assertEquals(3, o.mentions().size(), o.mentions().toString());
        assertTrue(o.mentions().stream().anyMatch(m -> m.text().equals("Ông Quỳnh")));
    }

    @Test
    void placesThatLookLikeNamesAreNotPeople() {
        ArticleRecord r = Extracted.from("Đoàn công tác tỉnh Cao Bằng làm việc tại Hà Giang.");
        assertFalse(r.officials().stream().anyMatch(o -> o.name().startsWith("Cao") || o.name().startsWith("Hà")));
    }
}

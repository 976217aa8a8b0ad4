package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.TaskCount;

class TaskDirectiveEventExtractionTest {
    private static TaskCount count(ArticleRecord r, long n) {
        return r.taskCounts().stream().filter(t -> t.count() == n).findFirst()
                .orElseThrow(() -> new AssertionError("no count " + n + " in " + r.taskCounts()));
    }

    @Test
    void numberFormsAndStatuses() {
        ArticleRecord r = Extracted.from("Năm 2021, Sở Tài chính tỉnh Nghệ An được UBND tỉnh giao 1.234 nhiệm vụ; đã"
                + " hoàn thành 187/187 nhiệm vụ đến hạn, còn sáu nhiệm vụ quá hạn và hai mươi mốt nhiệm vụ đang thực"
                + " hiện; đạt 25/29 chỉ tiêu.");
        TaskCount assigned = count(r, 1234);
        assertEquals("assigned", assigned.status());
        assertEquals("Ủy ban nhân dân tỉnh Nghệ An", assigned.assignedBy());
        assertEquals("Sở Tài chính tỉnh Nghệ An", assigned.assignee());
        assertEquals("2021", assigned.period());
        assertEquals("completed", count(r, 187).status());
        assertEquals(187L, count(r, 187).of());
        assertEquals("overdue", count(r, 6).status());
        assertEquals("in_progress", count(r, 21).status());
        assertEquals("chỉ tiêu", count(r, 25).task());
        assertEquals(29L, count(r, 25).of());
    }

    @Test
    void headcountsMoneyAndSharesAreNotTaskCounts() {
        ArticleRecord r = Extracted.from("Sở có 05 phòng, 120 cán bộ, giải ngân 83,70% với 1.573,1 tỷ đồng.");
        assertEquals(List.of(), r.taskCounts());
    }

    @Test
    void directiveSpeakerResolvedFromTheParagraphAndAddresseeAfterTheVerb() {
        ArticleRecord r = Extracted.from("Phát biểu kết luận, đồng chí Nguyễn Văn Hải, Chủ tịch UBND tỉnh Lạng Sơn ghi"
                + " nhận kết quả. Đồng chí yêu cầu Sở Tài chính, Sở Xây dựng khẩn trương hoàn thiện hồ sơ; Sở tiếp tục"
                + " chỉ đạo các phòng.");
        List<Directive> ds = r.directives();
        assertEquals(2, ds.size(), ds.toString());
        assertEquals("Nguyễn Văn Hải", ds.get(0).speaker());
        assertEquals("yêu cầu", ds.get(0).verb());
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", ds.get(0).addressee());
        assertEquals("Sở Xây dựng tỉnh Lạng Sơn", ds.get(1).addressee());
        assertEquals("khẩn trương hoàn thiện hồ sơ", ds.get(0).content());
    }

    @Test
    void reportsArePassiveNotDirectives() {
        ArticleRecord r = Extracted.from("Sở Xây dựng được UBND tỉnh Lạng Sơn giao 06 nhiệm vụ, được Sở tập trung lãnh"
                + " đạo, chỉ đạo quyết liệt.");
        assertEquals(List.of(), r.directives());
    }

    @Test
    void agencySpeakerWhenNoPersonSpeaks() {
        ArticleRecord r = Extracted.from("UBND tỉnh Hà Tĩnh yêu cầu Sở Y tế tăng cường kiểm tra.");
        Directive d = r.directives().get(0);
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", d.speaker());
        assertEquals("Sở Y tế tỉnh Hà Tĩnh", d.addressee());
        assertNull(d.speakerTitle());
    }

    @Test
    void eventFromTheOpeningSentence() {
        ArticleRecord r = Extracted.from("Sáng 12/3/2021, đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh Quảng Trị chủ"
                + " trì hội nghị sơ kết với Sở Nội vụ.");
        Event e = r.events().get(0);
        assertEquals("hội nghị", e.type());
        assertEquals("2021-03-12", e.date());
        assertEquals("Trần Văn Bình", e.chair());
        assertTrue(e.agencies().contains("Sở Nội vụ tỉnh Quảng Trị"), e.agencies().toString());
    }

    @Test
    void theNominalFormNamesTheSpeakerAfterCua() {
        ArticleRecord r = Extracted.from("Đồng chí Nguyễn Văn Hải, Chủ tịch UBND tỉnh Lạng Sơn chủ trì.\n\nCác sở, ngành phải"
                + " khẩn trương tháo gỡ vướng mắc cho Sở Tài chính. Đó là yêu cầu của đồng chí Nguyễn Văn Hải tại hội nghị.");
        Directive d = r.directives().stream().filter(x -> x.verb().equals("yêu cầu")).findFirst().orElseThrow();
        assertEquals("Nguyễn Văn Hải", d.speaker());
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", d.addressee());
        assertTrue(d.text().startsWith("Các sở, ngành phải"), d.text());
    }

    @Test
    void aDirectiveRunsOnIntoTheNextSentence() {
        ArticleRecord r = Extracted.from("Phát biểu kết luận, đồng chí Nguyễn Văn Hải, Chủ tịch UBND tỉnh Lạng Sơn đề nghị"
                + " Sở Xây dựng hoàn thiện quy hoạch. Bên cạnh đó, Sở cần quan tâm đào tạo cán bộ.");
        assertEquals(1, r.directives().size(), r.directives().toString());
        Directive d = r.directives().get(0);
        assertTrue(d.text().endsWith("Bên cạnh đó, Sở cần quan tâm đào tạo cán bộ."), d.text());
        assertEquals("hoàn thiện quy hoạch", d.content());
    }

    @Test
    void eachStatusWord() {
        ArticleRecord r = Extracted.from("Năm 2022, Sở Y tế tỉnh Hà Tĩnh có 40 nhiệm vụ được giao, 12 nhiệm vụ đến hạn,"
                + " 9 nhiệm vụ chậm tiến độ, 7 nhiệm vụ đang triển khai và đã hoàn thành 8/12 nhiệm vụ.");
        assertEquals("assigned", count(r, 40).status());
        assertEquals("due", count(r, 12).status());
        assertEquals("overdue", count(r, 9).status());
        assertEquals("in_progress", count(r, 7).status());
        assertEquals("completed", count(r, 8).status());
        assertEquals(12L, count(r, 8).of());
    }
}

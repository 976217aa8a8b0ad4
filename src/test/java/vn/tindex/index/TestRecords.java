package vn.tindex.index;

import java.util.List;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/** Small invented articles, in the shape of the seed, for the index tests. */
final class TestRecords {
    static final String SEED_ID = "seed-langson";
    static final String LOOKALIKE_ID = "lookalike-hagiang";
    static final String HANOI_ID = "yte-hanoi";
    static final String NODATE_ID = "nodate-caobang";

    private TestRecords() {}

    static List<ArticleRecord> all() {
        return List.of(seed("Lạng Sơn: làm việc với Sở Xây dựng"), lookalike(), hanoi(), noDate());
    }

    /** Like the seed article: 06 nhiệm vụ trọng tâm (three times), đô thị once, Sở Xây dựng tỉnh Lạng Sơn. */
    static ArticleRecord seed(String title) {
        String text = "Sáng ngày 15/10/2020, đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh đã có buổi làm việc "
                + "với Sở Xây dựng.\n\n"
                + "Trong năm 2020, Sở Xây dựng được UBND tỉnh giao thực hiện 06 nhiệm vụ trọng tâm, các nhiệm vụ "
                + "trọng tâm đều được Sở tập trung chỉ đạo quyết liệt, trong đó có Chương trình phát triển đô thị "
                + "tỉnh Lạng Sơn giai đoạn 2020-2035.\n\n"
                + "Đồng chí đề nghị Sở tiếp tục tập trung thực hiện 06 nhiệm vụ trọng tâm đã được UBND tỉnh giao "
                + "trong năm 2020 bảo đảm tiến độ và chất lượng.";
        String taskSentence = sentence(text, "Trong năm 2020, Sở Xây dựng được");
        String directiveSentence = sentence(text, "Đồng chí đề nghị");
        String ubnd = "Ủy ban nhân dân tỉnh Lạng Sơn";
        String sxd = "Sở Xây dựng tỉnh Lạng Sơn";
        int dateStart = text.indexOf("Sáng ngày 15/10/2020");
        return new ArticleRecord(SEED_ID, "https://langson.gov.vn/tin/1", "langson.gov.vn", title, "2020-10-15",
                "Bích Diệp", "Lạng Sơn", text,
                List.of(new DateFact("Sáng ngày 15/10/2020", dateStart, dateStart + 20, "DATE", "2020-10-15",
                        "MO", "test")),
                List.of(new Official("Lương Trọng Quỳnh", "Phó Chủ tịch", ubnd,
                        List.of(mention(text, "Lương Trọng Quỳnh")))),
                List.of(new Agency(ubnd, "UBND tỉnh Lạng Sơn", "province", List.of(mention(text, "UBND tỉnh"))),
                        new Agency(sxd, "Sở Xây dựng", "province", List.of(mention(text, "Sở Xây dựng")))),
                List.of(new TaskCount(6, null, "nhiệm vụ trọng tâm", "assigned", ubnd, sxd, "2020", taskSentence,
                        text.indexOf(taskSentence), text.indexOf(taskSentence) + taskSentence.length())),
                List.of(new Directive("Lương Trọng Quỳnh", "Phó Chủ tịch", "đề nghị", sxd,
                        "tiếp tục tập trung thực hiện 06 nhiệm vụ trọng tâm", directiveSentence,
                        text.indexOf(directiveSentence), text.indexOf(directiveSentence) + directiveSentence.length())),
                List.of(new Event("làm việc", "2020-10-15", "Lương Trọng Quỳnh", List.of(ubnd, sxd),
                        "buổi làm việc với Sở Xây dựng")));
    }

    /** Folding lookalikes only: "trọng tấm" (not tâm) once, "đồ thị" (not đô thị) three times. */
    static ArticleRecord lookalike() {
        String text = "Ngày 02/3/2021, Sở Y tế tỉnh Hà Giang tổ chức hội nghị tổng kết. Báo cáo vẽ đồ thị số ca "
                + "bệnh; đồ thị thứ hai so sánh các huyện, đồ thị thứ ba theo tháng.\n\n"
                + "Hội nghị xác định nhiệm vụ trọng tấm của ngành y tế: phòng chống dịch bệnh.";
        String syt = "Sở Y tế tỉnh Hà Giang";
        return new ArticleRecord(LOOKALIKE_ID, "https://hagiang.gov.vn/tin/2", "hagiang.gov.vn",
                "Hà Giang: hội nghị ngành y tế", "2021-03-02T08:30:00+07:00", null, "Hà Giang", text,
                List.of(), List.of(),
                List.of(new Agency(syt, "Sở Y tế", "province", List.of(mention(text, "Sở Y tế tỉnh Hà Giang")))),
                List.of(), List.of(), List.of());
    }

    /** No published date, an event date instead; "Ủy ban" in the modern tone convention. */
    static ArticleRecord hanoi() {
        String text = "Ủy ban nhân dân thành phố Hà Nội và Sở Y tế thành phố Hà Nội kiểm tra công tác phòng "
                + "chống dịch tại quận Hoàn Kiếm. Phó Chủ tịch Nguyễn Văn Hòa yêu cầu Sở Y tế bảo đảm sức khỏe "
                + "người dân & chuẩn bị <đủ> vật tư.";
        String ubnd = "Ủy ban nhân dân thành phố Hà Nội";
        String syt = "Sở Y tế thành phố Hà Nội";
        return new ArticleRecord(HANOI_ID, null, null, "Hà Nội kiểm tra phòng chống dịch", null, null, "Hà Nội",
                text, List.of(),
                List.of(new Official("Nguyễn Văn Hòa", "Phó Chủ tịch", ubnd, List.of(mention(text, "Nguyễn Văn Hòa")))),
                List.of(new Agency(ubnd, "UBND thành phố Hà Nội", "province",
                                List.of(mention(text, "Ủy ban nhân dân"))),
                        new Agency(syt, "Sở Y tế", "province", List.of(mention(text, "Sở Y tế thành phố Hà Nội")))),
                List.of(), List.of(),
                List.of(new Event("kiểm tra", "2022-05-20", "Nguyễn Văn Hòa", List.of(ubnd, syt), "kiểm tra")));
    }

    /** No date at all, no agencies: nothing for the date filter or the year facet. */
    static ArticleRecord noDate() {
        return new ArticleRecord(NODATE_ID, null, null, "Cao Bằng", null, null, "Cao Bằng",
                "Tỉnh Cao Bằng triển khai nhiệm vụ phát triển kinh tế cửa khẩu.", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static Mention mention(String text, String what) {
        int start = text.indexOf(what);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + what);
        }
        return Mention.of(text, start, start + what.length());
    }

    /** The sentence of {@code text} that starts with {@code start}, up to and including its full stop. */
    private static String sentence(String text, String start) {
        int from = text.indexOf(start);
        return text.substring(from, text.indexOf('.', from) + 1);
    }
}

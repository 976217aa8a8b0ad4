package vn.tindex.app.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tindex.index.ArticleIndex;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/**
 * Invented press releases for the API and browser tests: two of Sở Xây dựng (Lạng Sơn 2020, Cao Bằng 2021), one of
 * Hà Nội's health department, one that carries HTML and a script in its title and text, and a dozen short ones of
 * Sở Tài chính so that results run over several pages.
 */
public final class HttpFixtures {
    static final String SEED_ID = "seed-langson";
    static final String CAOBANG_ID = "xaydung-caobang";
    static final String HANOI_ID = "yte-hanoi";
    static final String SCRIPT_ID = "script-injection";
    static final String SXD_LANGSON = "Sở Xây dựng tỉnh Lạng Sơn";
    static final String SCRIPT_TEXT = "<script>window.__xss = 1</script>";
    public static final int FILLERS = 12;

    private HttpFixtures() {}

    public static void index(Path dir) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (ArticleRecord r : all()) {
                index.upsert(r);
            }
        }
    }

    static List<ArticleRecord> all() {
        List<ArticleRecord> all = new ArrayList<>(List.of(seed(), caoBang(), hanoi(), script()));
        for (int i = 0; i < FILLERS; i++) {
            all.add(filler(i));
        }
        return all;
    }

    static ArticleRecord seed() {
        String text = "Sáng ngày 15/10/2020, đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh đã có buổi làm việc "
                + "với Sở Xây dựng về tình hình triển khai nhiệm vụ công tác 9 tháng đầu năm.\n\n"
                + "Trong năm 2020, Sở Xây dựng được UBND tỉnh giao thực hiện 06 nhiệm vụ trọng tâm, các nhiệm vụ "
                + "trọng tâm đều được Sở tập trung chỉ đạo quyết liệt.\n\n"
                + "Phát biểu kết luận, đồng chí đề nghị Sở tiếp tục tập trung thực hiện 06 nhiệm vụ trọng tâm đã được "
                + "UBND tỉnh giao trong năm 2020 bảo đảm tiến độ và chất lượng.";
        String ubnd = "Ủy ban nhân dân tỉnh Lạng Sơn";
        String task = sentence(text, "Trong năm 2020");
        String directive = sentence(text, "Phát biểu kết luận");
        return new ArticleRecord(SEED_ID, "https://langson.gov.vn/tin/1", "langson.gov.vn",
                "Phó Chủ tịch UBND tỉnh Lương Trọng Quỳnh làm việc với Sở Xây dựng", "2020-10-15", "Bích Diệp",
                "Lạng Sơn", text,
                List.of(date(text, "15/10/2020", "2020-10-15")),
                List.of(new Official("Lương Trọng Quỳnh", "Phó Chủ tịch", ubnd, List.of(m(text, "Lương Trọng Quỳnh")))),
                List.of(new Agency(ubnd, "UBND tỉnh Lạng Sơn", "province", List.of(m(text, "UBND tỉnh"))),
                        new Agency(SXD_LANGSON, "Sở Xây dựng", "province", List.of(m(text, "Sở Xây dựng")))),
                List.of(new TaskCount(6, null, "nhiệm vụ trọng tâm", "assigned", ubnd, SXD_LANGSON, "2020", task,
                        text.indexOf(task), text.indexOf(task) + task.length())),
                List.of(new Directive("Lương Trọng Quỳnh", "Phó Chủ tịch", "đề nghị", SXD_LANGSON,
                        "tiếp tục tập trung thực hiện 06 nhiệm vụ trọng tâm", directive, text.indexOf(directive),
                        text.indexOf(directive) + directive.length())),
                List.of(new Event("làm việc", "2020-10-15", "Lương Trọng Quỳnh", List.of(ubnd, SXD_LANGSON),
                        "buổi làm việc với Sở Xây dựng")));
    }

    static ArticleRecord caoBang() {
        String text = "Ngày 12/3/2021, Sở Xây dựng tỉnh Cao Bằng tổ chức hội nghị triển khai 04 nhiệm vụ trọng tâm "
                + "năm 2021 về quy hoạch đô thị.";
        String sxd = "Sở Xây dựng tỉnh Cao Bằng";
        return new ArticleRecord(CAOBANG_ID, "https://caobang.gov.vn/tin/2", "caobang.gov.vn",
                "Cao Bằng: Sở Xây dựng triển khai nhiệm vụ năm 2021", "2021-03-12", null, "Cao Bằng", text,
                List.of(date(text, "12/3/2021", "2021-03-12")), List.of(),
                List.of(new Agency(sxd, "Sở Xây dựng", "province", List.of(m(text, "Sở Xây dựng tỉnh Cao Bằng")))),
                List.of(new TaskCount(4, null, "nhiệm vụ trọng tâm", "assigned", null, sxd, "2021", text, 0,
                        text.length())),
                List.of(), List.of(new Event("hội nghị", "2021-03-12", null, List.of(sxd), "hội nghị triển khai")));
    }

    static ArticleRecord hanoi() {
        String text = "Ủy ban nhân dân thành phố Hà Nội kiểm tra công tác phòng chống dịch. Phó Chủ tịch Nguyễn Văn "
                + "Hòa yêu cầu Sở Y tế bảo đảm nhiệm vụ trọng tâm về vật tư y tế.";
        String syt = "Sở Y tế thành phố Hà Nội";
        String directive = text.substring(text.indexOf("Phó Chủ tịch"));
        return new ArticleRecord(HANOI_ID, null, null, "Hà Nội kiểm tra phòng chống dịch", "2022-05-20", null,
                "Hà Nội", text, List.of(),
                List.of(new Official("Nguyễn Văn Hòa", "Phó Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội",
                        List.of(m(text, "Nguyễn Văn Hòa")))),
                List.of(new Agency(syt, "Sở Y tế", "province", List.of(m(text, "Sở Y tế")))),
                List.of(), List.of(new Directive("Nguyễn Văn Hòa", "Phó Chủ tịch", "yêu cầu", syt,
                        "bảo đảm nhiệm vụ trọng tâm về vật tư y tế", directive, text.indexOf(directive), text.length())),
                List.of());
    }

    /** A release whose title and text hold markup: it must show as text everywhere. */
    static ArticleRecord script() {
        String text = "Thông báo nhiệm vụ trọng tâm " + SCRIPT_TEXT + " và <img src=x onerror=\"window.__xss=2\"> "
                + "của Sở Tư pháp tỉnh Lạng Sơn & các đơn vị.";
        String stp = "Sở Tư pháp tỉnh Lạng Sơn";
        return new ArticleRecord(SCRIPT_ID, null, null, "<b>Tiêu đề</b><script>window.__xss=3</script>",
                "2019-01-05", null, "Lạng Sơn", text, List.of(), List.of(),
                List.of(new Agency(stp, "Sở Tư pháp", "province", List.of(m(text, "Sở Tư pháp tỉnh Lạng Sơn")))),
                List.of(), List.of(), List.of());
    }

    static ArticleRecord filler(int i) {
        String text = "Sở Tài chính tỉnh Bắc Giang họp giao ban tháng " + (i % 12 + 1) + " năm 2023, rà soát các "
                + "khoản chi thường xuyên số " + i + ".";
        String stc = "Sở Tài chính tỉnh Bắc Giang";
        return new ArticleRecord("filler-" + i, null, null, "Giao ban Sở Tài chính số " + i,
                String.format("2023-%02d-10", i % 12 + 1), null, "Bắc Giang", text, List.of(), List.of(),
                List.of(new Agency(stc, "Sở Tài chính", "province", List.of(m(text, stc)))),
                List.of(), List.of(), List.of());
    }

    private static DateFact date(String text, String written, String value) {
        Mention mention = m(text, written);
        return new DateFact(written, mention.start(), mention.end(), "DATE", value, null, "test");
    }

    private static Mention m(String text, String what) {
        int start = text.indexOf(what);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + what);
        }
        return Mention.of(text, start, start + what.length());
    }

    private static String sentence(String text, String start) {
        int from = text.indexOf(start);
        return text.substring(from, text.indexOf('.', from) + 1);
    }
}

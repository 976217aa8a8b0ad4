package vn.tindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private List<String> sentences(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        return new SentenceSplitter().split(text, tokens).stream()
                .map(r -> text.substring(tokens.get(r[0]).start(), tokens.get(r[1] - 1).end())).toList();
    }

    @Test
    void splitsAtFinalPunctuationBeforeACapital() {
        assertEquals(List.of("Sở đã hoàn thành 1.573,1 tỷ đồng.", "Ngày 15.10.2020, TP. Lạng Sơn họp..."),
                sentences("Sở đã hoàn thành 1.573,1 tỷ đồng. Ngày 15.10.2020, TP. Lạng Sơn họp..."));
    }

    @Test
    void captionLinesAndSignOffEndSentences() {
        assertEquals(List.of("Đồng chí Lương Trọng Quỳnh phát biểu kết luận", "Sở cần quan tâm công tác đào tạo./.",
                "Bích Diệp"), sentences("Đồng chí Lương Trọng Quỳnh phát biểu kết luận\n\nSở cần quan tâm công tác"
                + " đào tạo./.\n\nBích Diệp"));
    }

    @Test
    void abbreviationsDoNotSplit() {
        assertEquals(List.of("PGS.TS. Nguyễn Văn A và Th.S Lê B dự họp tại Q. Ba Đình."),
                sentences("PGS.TS. Nguyễn Văn A và Th.S Lê B dự họp tại Q. Ba Đình."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("Đồng chí nhấn mạnh: “Phải làm ngay.”", "Ông đề nghị Sở tiếp tục."),
                sentences("Đồng chí nhấn mạnh: “Phải làm ngay.” Ông đề nghị Sở tiếp tục."));
        assertEquals(List.of("Ông nói \"xong rồi!\"", "Sau đó họp tiếp."),
                sentences("Ông nói \"xong rồi!\" Sau đó họp tiếp."));
    }

    @Test
    void listNumbersEllipsesAndBylines() {
        assertEquals(List.of("1. Về nhiệm vụ năm 2021.", "2. Về giải pháp..."),
                sentences("1. Về nhiệm vụ năm 2021.\n2. Về giải pháp..."));
        assertEquals(List.of("Các xã chưa hoàn thành...", "Sở sẽ kiểm tra."),
                sentences("Các xã chưa hoàn thành... Sở sẽ kiểm tra."));
        assertEquals(List.of("Hội nghị tổng kết năm 2020./.", "Nguyễn Văn An - Trung tâm Truyền thông tỉnh"),
                sentences("Hội nghị tổng kết năm 2020./.\nNguyễn Văn An - Trung tâm Truyền thông tỉnh"));
        assertEquals(List.of("Ngày 15/10/2020, Th.S Lê Văn A báo cáo 1.573,1 tỷ đồng."),
                sentences("Ngày 15/10/2020, Th.S Lê Văn A báo cáo 1.573,1 tỷ đồng."));
    }
}

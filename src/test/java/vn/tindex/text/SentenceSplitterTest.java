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
}

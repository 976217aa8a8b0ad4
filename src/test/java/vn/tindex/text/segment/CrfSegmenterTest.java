package vn.tindex.text.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny model trained in well under a second: training, the fast decoder and scoring. */
class CrfSegmenterTest {
    private static final List<String> TRAIN = List.of(
            "Phó|Chủ tịch|UBND|tỉnh|yêu cầu|các|sở|nâng cao|chất lượng|công tác|thẩm định",
            "Sở|Xây dựng|đã|hoàn thành|06|nhiệm vụ|trọng tâm|trong|năm|2020",
            "Chủ tịch|UBND|tỉnh|đề nghị|các|đơn vị|tiếp tục|nâng cao|chất lượng|dự án",
            "Hội nghị|tổng kết|công tác|năm|2020|của|Sở|Tài chính",
            "Các|đơn vị|cần|tập trung|hoàn thành|nhiệm vụ|được|giao",
            "Đồng chí|Lương Trọng Quỳnh|phát biểu|kết luận|hội nghị",
            "UBND|tỉnh|giao|Sở|Xây dựng|chủ trì|thẩm định|dự án",
            "Ông|Nguyễn Văn An|báo cáo|tiến độ|dự án|trọng điểm");
    private static final List<String> HELD_OUT = List.of(
            "Phó|Chủ tịch|UBND|tỉnh|đề nghị|Sở|Tài chính|hoàn thành|dự án",
            "Các|sở|cần|nâng cao|chất lượng|công tác|tổng kết");

    private static CRFClassifier<CoreLabel> classifier;
    private static CrfSegmenter fast;

    static List<SegmentedSentence> sentences(List<String> lines) {
        List<SegmentedSentence> out = new ArrayList<>();
        for (String line : lines) {
            out.add(SegmentedSentence.ofWords(List.of(line.split("\\|"))));
        }
        return out;
    }

    @BeforeAll
    static void train() {
        SegmenterTrainer.Options options = new SegmenterTrainer.Options(1.0, 1e-3, 4, false, 1);
        classifier = new SegmenterTrainer(options).train(sentences(TRAIN));
        fast = CrfSegmenter.compile(classifier);
    }

    @Test
    void theFastDecoderGivesExactlyCoreNlpsLabels() {
        SegmenterBaseline baseline = new SegmenterBaseline(classifier, fast.lexicon());
        List<SegmentedSentence> all = sentences(TRAIN);
        all.addAll(sentences(HELD_OUT));
        all.add(SegmentedSentence.ofWords(List.of("một", "câu", "lạ", "hoàn toàn", "không", "có", "trong", "dữ liệu")));
        for (SegmentedSentence s : all) {
            String[] forms = s.syllables().toArray(String[]::new);
            assertArrayEquals(baseline.begins(forms), fast.begins(forms), s.toString());
        }
    }

    @Test
    void learnsTheWordsOfItsData() {
        SegmentationScore score = SegmentationScore.of(sentences(HELD_OUT),
                s -> fast.begins(s.syllables().toArray(String[]::new)));
        assertTrue(score.f1() > 0.8, score.toString());
        assertEquals(0, fast.begins(new String[0]).length);
    }

    @Test
    void scoresCompareWordSpans() {
        List<SegmentedSentence> gold = sentences(List.of("a b|c|d e f"));
        SegmentationScore perfect = SegmentationScore.of(gold, s -> s.begins());
        assertEquals(1.0, perfect.f1());
        // predicted "a b|c d e|f": one of three words right
        SegmentationScore partial = SegmentationScore.of(gold,
                s -> new boolean[] {true, false, true, false, false, true});
        assertEquals(1.0 / 3, partial.precision(), 1e-9);
        assertEquals(1.0 / 3, partial.recall(), 1e-9);
    }

    @Test
    void sentencesCheckTheirInput() {
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentedSentence(List.of("a", "b"), new boolean[] {false, true}));
        assertThrows(IllegalArgumentException.class, () -> new SegmentedSentence(List.of("a"), new boolean[2]));
        assertEquals("Chủ_tịch UBND", SegmentedSentence.ofWords(List.of("Chủ tịch", "UBND")).toString());
    }
}

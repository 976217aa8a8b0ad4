package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.text.VietTokenizerAnnotator;

class RuleSubsetsTest {
    private static final String DATES = "vn/tindex/extract/date/date.rules";
    private final RuleSubsets subsets = new RuleSubsets(DATES);

    @Test
    void aWordSelectsTheRulesWhoseNodePatternsFitIt() {
        BitSet quarter = subsets.rulesOf("quý");
        BitSet slashDate = subsets.rulesOf("15/10");
        assertFalse(quarter.isEmpty());
        assertFalse(slashDate.isEmpty());
        assertFalse(quarter.intersects(slashDate),
                "no date rule holds both 'quý' and a day/month: " + quarter + slashDate);
        // weekday:alone has {word:/\p{Lu}.*/}, which fits any word: a conservative choice, never a missed match
        BitSet anyWord = subsets.rulesOf("xây");
        assertTrue(anyWord.cardinality() <= 1, "rules a word no rule names selects: " + anyWord);
        BitSet nhiem = (BitSet) subsets.rulesOf("nhiệm").clone();
        nhiem.andNot(anyWord);
        assertEquals(1, nhiem.cardinality(), "only 'nhiệm kỳ 2020 - 2025' names 'nhiệm': " + nhiem);
        assertTrue(subsets.size() >= 25);
    }

    /** The subset of the rules that mention a token of the stretch finds what the whole file finds there. */
    @Test
    void aSubsetFindsWhatTheWholeFileFinds() {
        CoreMapExpressionExtractor<MatchedExpression> whole = Rules.tokensRegex(DATES);
        for (String sentence : List.of("Sáng ngày 15/10/2020, đoàn làm việc với Sở Xây dựng.",
                "Lúc 8 giờ 30 phút sáng, ngày 15/10, hội nghị khai mạc.",
                "Trong 9 tháng đầu năm 2020, thu ngân sách tăng so với cùng kỳ năm trước.",
                "Giai đoạn 2021 - 2025, từ ngày 24/5 đến ngày 30/5/2021, quý III/2023 và Tết Nguyên đán Giáp Thìn.",
                "Có 263 nhiệm vụ được giao, trong đó 06 nhiệm vụ trọng tâm.")) {
            List<CoreLabel> tokens = tokens(sentence);
            BitSet subset = new BitSet();
            tokens.forEach(t -> subset.or(subsets.rulesOf(t.word())));
            assertEquals(texts(whole.extractExpressions(TokenSpans.segment(tokens))),
                    texts(subsets.extract(tokens, subset)), sentence);
        }
    }

    private static List<String> texts(List<MatchedExpression> found) {
        return found.stream().map(m -> m.getText() + "=" + m.getValue().get()).toList();
    }

    private static List<CoreLabel> tokens(String text) {
        Annotation doc = new Annotation(text);
        new VietTokenizerAnnotator().annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class);
    }
}

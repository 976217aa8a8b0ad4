package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class VietAnalyzerTest {
    private static final Analyzer EXACT = VietAnalyzer.exact();
    private static final Analyzer FOLDED = VietAnalyzer.folded();

    /** "term@start-end" for each token. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return out;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
    }

    @Test
    void exactKeepsDiacriticsAndLowerCases() throws IOException {
        assertEquals(List.of("nhiệm@0-5", "vụ@6-8", "trọng@9-14", "tâm@15-18", "đà@20-22"),
                tokens(EXACT, "Nhiệm vụ trọng tâm, Đà"));
    }

    @Test
    void foldedDropsDiacriticsAndStroke() throws IOException {
        assertEquals(List.of("nhiem@0-5", "vu@6-8", "trong@9-14", "tam@15-18", "da@20-22", "nang@23-27"),
                tokens(FOLDED, "Nhiệm vụ trọng tâm, Đà Nẵng"));
    }

    @Test
    void nfdInputGivesTheNfcTokensWithOffsetsIntoTheNfdText() throws IOException {
        String nfd = Normalizer.normalize("Nhiệm vụ", Normalizer.Form.NFD);
        assertEquals(List.of("nhiệm@0-" + nfd.indexOf(' '), "vụ@" + (nfd.indexOf(' ') + 1) + "-" + nfd.length()),
                tokens(EXACT, nfd));
        assertEquals(List.of("nhiem", "vu"), terms(FOLDED, nfd));
    }

    @Test
    void oldToneConventionBecomesModern() throws IOException {
        assertEquals(List.of("ủy", "ban", "hòa", "thủy", "khỏe", "tùy", "òa"),
                terms(EXACT, "Uỷ ban hoà thuỷ khoẻ TUỲ oà"));
        String nfd = Normalizer.normalize("Uỷ ban hoà", Normalizer.Form.NFD);
        assertEquals(List.of("ủy", "ban", "hòa"), terms(EXACT, nfd));
    }

    @Test
    void toneMarksStayWhereOnlyOneConventionExists() throws IOException {
        // qu- (u belongs to the consonant), closed syllables, longer vowel clusters, other vowels
        assertEquals(List.of("quý", "quả", "hoàn", "huỳnh", "hoài", "khuyến", "thuế", "hòa", "của"),
                terms(EXACT, "quý quả hoàn Huỳnh hoài khuyến thuế hòa của"));
    }

    @Test
    void normalizeKeepsTheLengthSoOffsetsHold() {
        assertEquals("thủy", ToneMarkFilter.normalize("thuỷ"));
        assertEquals("quỷ", ToneMarkFilter.normalize("quỷ"));
        assertEquals("khỏe", ToneMarkFilter.normalize("khoẻ"));
    }

    @Test
    void keysCompareFolded() {
        assertEquals("so xay dung tinh lang son", IndexSchema.key("  Sở  Xây dựng tỉnh Lạng Sơn "));
        assertEquals(IndexSchema.key("Ủy ban nhân dân"), IndexSchema.key("UỶ BAN NHÂN DÂN"));
        assertEquals("lang son", IndexSchema.provinceKey("tỉnh Lạng Sơn"));
        assertEquals("", IndexSchema.key(null));
    }
}

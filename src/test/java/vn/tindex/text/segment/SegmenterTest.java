package vn.tindex.text.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.text.VietTokenizerAnnotator;

/** The shipped model: it loads, and segments the genre's sentences sensibly, with offsets into the text as given. */
class SegmenterTest {
    private static final Segmenter SEGMENTER = Segmenter.shipped();

    private static String joined(String text) {
        StringBuilder out = new StringBuilder();
        for (List<Word> sentence : SEGMENTER.sentences(text)) {
            for (Word w : sentence) {
                out.append(out.length() == 0 ? "" : " ").append(w.joined());
            }
            out.append(" |");
        }
        return out.toString();
    }

    @Test
    void segmentsAPressReleaseSentence() {
        String out = joined("Phó Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng nâng cao chất lượng thẩm định dự án.");
        for (String word : new String[] {"UBND", "tỉnh", "yêu_cầu", "Xây_dựng", "chất_lượng", "thẩm_định",
            "dự_án"}) {
            assertTrue((" " + out + " ").contains(" " + word + " "), word + " not in: " + out);
        }
        // the treebank writes both "Phó Chủ_tịch" and "Phó_Chủ_tịch"; either way "Chủ tịch" is one word
        assertTrue(out.contains("Chủ_tịch "), out);
        assertTrue(out.endsWith(". |"), out);
    }

    @Test
    void wordsPointIntoTheTextAsGiven() {
        String text = Normalizer.normalize("Sở Xây dựng tỉnh Khánh Hoà họp.\nUỷ ban nhân dân tỉnh chỉ đạo.",
                Normalizer.Form.NFD);
        List<List<Word>> sentences = SEGMENTER.sentences(text);
        assertEquals(2, sentences.size());
        for (List<Word> sentence : sentences) {
            for (Word w : sentence) {
                assertEquals(w.text(), text.substring(w.start(), w.end()));
            }
        }
        Word first = sentences.get(0).get(1);
        assertEquals(Normalizer.normalize("Xây dựng", Normalizer.Form.NFD), first.text());
        assertEquals("Xây dựng", first.normalized());
        assertEquals(2, first.syllables());
    }

    @Test
    void bothToneConventionsSegmentAlike() {
        assertEquals(joined("Ủy ban nhân dân tỉnh Khánh Hòa").replace("Ủy", "Uỷ").replace("Hòa", "Hoà"),
                joined("Uỷ ban nhân dân tỉnh Khánh Hoà"));
    }

    @Test
    void aMissingModelFileIsNamed() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Segmenter.load(Path.of("models/no-such-model.crf.ser.gz")));
        assertTrue(e.getMessage().contains("no-such-model.crf.ser.gz"), e.getMessage());
    }

    @Test
    void punctuationStandsAlone() {
        String out = joined("Quyết định 788/QĐ-UBND ngày 15/10/2020./.");
        assertTrue(out.endsWith(" 15/10/2020 ./. |"), out);
    }

    @Test
    void theAnnotatorMarksWhereWordsBegin() {
        Annotation doc = new Annotation("Sở Xây dựng tỉnh Lạng Sơn họp.");
        new VietTokenizerAnnotator().annotate(doc);
        new WordSegmenterAnnotator(SEGMENTER.crf()).annotate(doc);
        List<Boolean> begins = doc.get(CoreAnnotations.TokensAnnotation.class).stream()
                .map(t -> t.get(WordSegmenterAnnotator.BeginsWord.class)).toList();
        assertEquals(List.of(true, true, false, true, true, false, true, true), begins);
    }
}

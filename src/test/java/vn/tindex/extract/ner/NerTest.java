package vn.tindex.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tindex.codec.RecordJson;
import vn.tindex.text.VietTokenizerAnnotator;

class NerTest {
    private static final String TEXT = "Sáng 5/3, Chi cục Kiểm lâm tỉnh Bắc Kạn làm việc với Vườn quốc gia Ba Bể."
            + " Ông Hoàng Văn Nam, Chi cục trưởng phát biểu.";

    private static JsonNode gold() throws Exception {
        return RecordJson.mapper().readTree(("{'agencies':[{'name':'Chi cục Kiểm lâm tỉnh Bắc Kạn','short':'Chi cục Kiểm lâm'},"
                + "{'name':'Vườn quốc gia Ba Bể','short':null}],'officials':[{'name':'Hoàng Văn Nam'}]}").replace('\'', '"'));
    }

    @Test
    void goldFormsLabelTheirTokens() throws Exception {
        List<List<CoreLabel>> sentences = new NerLabeler().label(TEXT, gold());
        List<String> labels = new ArrayList<>();
        sentences.forEach(s -> s.forEach(t -> labels.add(t.word() + "/" + t.get(CoreAnnotations.AnswerAnnotation.class))));
        assertTrue(labels.containsAll(List.of("Chi/B-ORG", "cục/I-ORG", "Kiểm/I-ORG", "lâm/I-ORG", "tỉnh/I-ORG",
                "Bắc/I-ORG", "Kạn/I-ORG", "Vườn/B-ORG", "Bể/I-ORG", "Hoàng/B-PER", "Nam/I-PER", "Ông/O", "làm/O")),
                labels.toString());
    }

    @Test
    void aTinyModelTrainsTagsAndReloads(@TempDir Path dir) throws Exception {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sentences.addAll(new NerLabeler().label(TEXT, gold()));
        }
        Path file = dir.resolve("tiny.crf.ser.gz");
        NerModel.train(sentences, file, 1e-2);
        Annotation doc = new Annotation("Chi cục Kiểm lâm tỉnh Bắc Kạn họp.");
        new VietTokenizerAnnotator().annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<NerSpan> spans = NerModel.load(file).tag(tokens, 0, tokens.size());
        assertEquals(List.of(new NerSpan(0, 7, NerSpan.ORG)), spans);
    }

    @Test
    void theShippedModelFindsABodyTheGazetteersDoNotKnow() {
        Annotation doc = new Annotation("Đoàn đã làm việc với Chi cục Thủy lợi tỉnh Phú Yên về công tác phòng chống hạn.");
        new VietTokenizerAnnotator().annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<NerSpan> spans = NerModel.shipped().tag(tokens, 0, tokens.size());
        assertTrue(spans.stream().anyMatch(s -> s.label().equals(NerSpan.ORG)
                && tokens.get(s.tokenStart()).word().equals("Chi")), spans.toString());
    }
}

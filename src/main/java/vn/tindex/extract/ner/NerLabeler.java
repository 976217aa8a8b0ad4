package vn.tindex.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.text.TokenKeys;
import vn.tindex.text.VietTokenizerAnnotator;

/**
 * Training data for the tagger from the corpus gold: an article's tokens labelled B-/I-ORG where a surface form of
 * one of its gold agencies is written (its canonical name, its short form, either without the jurisdiction), B-/I-PER
 * where a gold official's name is written, O elsewhere. Longer forms win; labels never overlap.
 */
public final class NerLabeler {
    private final VietTokenizerAnnotator tokenizer = new VietTokenizerAnnotator();

    /** The labelled sentences of one article; each token carries its label in {@code AnswerAnnotation}. */
    public List<List<CoreLabel>> label(String text, JsonNode gold) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        String[] labels = new String[tokens.size()];
        List<Form> forms = new ArrayList<>();
        for (JsonNode agency : gold.path("agencies")) {
            for (String form : agencyForms(agency)) {
                forms.add(new Form(form, NerSpan.ORG));
            }
        }
        for (JsonNode official : gold.path("officials")) {
            if (official.hasNonNull("name")) {
                forms.add(new Form(official.get("name").asText(), NerSpan.PER));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.words.size()));
        for (Form form : forms) {
            mark(tokens, labels, form);
        }
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> sentence = new ArrayList<>();
            int from = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int to = s.get(CoreAnnotations.TokenEndAnnotation.class);
            for (int i = from; i < to; i++) {
                CoreLabel t = tokens.get(i);
                t.set(CoreAnnotations.AnswerAnnotation.class, labels[i] == null ? "O" : labels[i]);
                sentence.add(t);
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    private record Form(List<String> words, String label) {
        Form(String text, String label) {
            this(words(text), label);
        }

        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            for (vn.tindex.text.Token t : new vn.tindex.text.Tokenizer().tokenize(
                    vn.tindex.text.ToneMarks.canonical(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)))) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            }
            return words;
        }
    }

    /** The ways an agency of the gold can be written: name and short form, with and without their place. */
    static Set<String> agencyForms(JsonNode agency) {
        Set<String> forms = new LinkedHashSet<>();
        for (String field : List.of("name", "short")) {
            String value = agency.path(field).asText("");
            if (value.isBlank()) {
                continue;
            }
            forms.add(value);
            String bare = value.replaceAll("\\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+\\p{Lu}.*$", "");
            forms.add(bare);
            forms.add(value.replaceAll("(\\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))\\s+\\p{Lu}.*$", "$1"));
        }
        forms.removeIf(f -> PhraseTrie.key(f).split("\\s+").length < 2);
        return forms;
    }

    private static void mark(List<CoreLabel> tokens, String[] labels, Form form) {
        int n = form.words.size();
        for (int i = 0; i + n <= tokens.size(); i++) {
            boolean match = true;
            for (int j = 0; j < n && match; j++) {
                match = labels[i + j] == null && tokens.get(i + j).get(TokenKeys.Lower.class).equals(form.words.get(j));
            }
            if (match && Character.isUpperCase(tokens.get(i).originalText().charAt(0))) {
                labels[i] = "B-" + form.label;
                for (int j = 1; j < n; j++) {
                    labels[i + j] = "I-" + form.label;
                }
                i += n - 1;
            }
        }
    }
}

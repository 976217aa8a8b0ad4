package vn.tindex.text;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tindex.text.normalize.NormalizedText;
import vn.tindex.text.normalize.TextNormalizer;

/**
 * The first annotator of the pipeline: Vietnamese tokens and sentences for the document text. Tokens are found on
 * the {@linkplain TextNormalizer normalized} text (NFC, canonical tone marks, plain spaces, quotes and dashes, legacy
 * encodings converted), and their offsets are mapped back, so they point into the document text as given: a token's
 * {@code word} is its normalized spelling, {@code originalText} the text as written, {@link TokenKeys.Lower} the
 * normalized form in lower case. {@link TokenKeys.CanonicalText} keeps the length and offsets of the document text.
 * Stateless.
 */
public final class VietTokenizerAnnotator implements Annotator {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        NormalizedText normalized = normalizer.normalize(text);
        String canonical = normalized.sameOffsets() ? normalized.text() : TextNormalizer.sameLength(text);
        document.set(TokenKeys.CanonicalText.class, canonical);
        List<Token> tokens = tokenizer.tokenize(normalized.text());
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        int paragraph = 0;
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int[] span = normalized.toOriginal(t.start(), t.end());
            if (i > 0 && text.substring(previousEnd, span[0]).contains("\n\n")) {
                paragraph++;
            }
            previousEnd = span[1];
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(text.substring(span[0], span[1]));
            label.setBeginPosition(span[0]);
            label.setEndPosition(span[1]);
            label.set(TokenKeys.Lower.class, t.text().toLowerCase(Locale.ROOT));
            label.set(TokenKeys.Paragraph.class, paragraph);
            label.setIndex(i + 1);
            labels.add(label);
        }
        List<CoreMap> sentences = new ArrayList<>();
        for (int[] range : splitter.split(normalized.text(), tokens)) {
            List<CoreLabel> sentenceTokens = labels.subList(range[0], range[1]);
            CoreMap sentence = new ArrayCoreMap(8);
            int begin = sentenceTokens.get(0).beginPosition();
            int end = sentenceTokens.get(sentenceTokens.size() - 1).endPosition();
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, sentenceTokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, range[0]);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, range[1]);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
            sentence.set(TokenKeys.Paragraph.class, sentenceTokens.get(0).get(TokenKeys.Paragraph.class));
            for (CoreLabel token : sentenceTokens) {
                token.setSentIndex(sentences.size());
            }
            sentences.add(sentence);
        }
        document.set(CoreAnnotations.TokensAnnotation.class, labels);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                TokenKeys.CanonicalText.class, TokenKeys.Lower.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of();
    }
}

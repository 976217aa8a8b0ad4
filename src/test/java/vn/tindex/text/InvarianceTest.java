package vn.tindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.ingest.JsonlArticleReader;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.text.normalize.TextNormalizer;

/**
 * The same release written in NFD, in the old tone-mark convention, with no-break spaces, or wrapped in a portal
 * page yields the same facts as its plain text: every corpus article is rewritten each way, read by ingest like any
 * input (a JSON line with the article's url, title and date, and its text or page), extracted, and its facts compared
 * per kind with those of the plain text. Agreement per kind is 2|A∩B| / (|A| + |B|) over the whole corpus; the
 * table is printed, and every kind must agree at least 0.97 under every rewrite.
 */
class InvarianceTest {
    private static final Path ARTICLES = Path.of("corpus/articles");
    private static final double REQUIRED = 0.97;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TextNormalizer KEY = TextNormalizer.standard();

    enum Kind { DATES, OFFICIALS, AGENCIES, TASK_COUNTS, DIRECTIVES }

    enum Rewrite {
        NFD(t -> Normalizer.normalize(t, Normalizer.Form.NFD), false),
        OLD_TONES(OldTones::rewrite, false),
        NBSP(InvarianceTest::noBreakSpaces, false),
        PORTAL(t -> t, true);

        final Function<String, String> text;
        final boolean page;

        Rewrite(Function<String, String> text, boolean page) {
            this.text = text;
            this.page = page;
        }
    }

    @Test
    void factsAreTheSameUnderEveryRewrite() throws Exception {
        List<Article> articles = new ArrayList<>();
        new ArticleInputs().read(List.of(ARTICLES.toString()), articles::add, issue -> { });
        assertTrue(articles.size() > 100, "corpus articles: " + articles.size());
        Extractor extractor = new Extractor();
        JsonlArticleReader reader = new JsonlArticleReader();
        Map<Rewrite, Map<Kind, long[]>> counts = new EnumMap<>(Rewrite.class);
        Map<Rewrite, Integer> sameText = new EnumMap<>(Rewrite.class);
        List<String> differences = new ArrayList<>();
        for (Article a : articles) {
            Article plainArticle = read(reader, a, a.text(), false);
            Map<Kind, List<String>> plain = facts(extractor.extract(plainArticle));
            for (Rewrite rewrite : Rewrite.values()) {
                Article rewritten = read(reader, a, rewrite.text.apply(a.text()), rewrite.page);
                // extraction is deterministic: an article that ingest gave back unchanged has the plain facts
                boolean same = rewritten.text().equals(plainArticle.text())
                        && Objects.equals(rewritten.title(), plainArticle.title())
                        && Objects.equals(rewritten.published(), plainArticle.published());
                sameText.merge(rewrite, same ? 1 : 0, Integer::sum);
                Map<Kind, List<String>> facts = same ? plain : facts(extractor.extract(rewritten));
                for (Kind kind : Kind.values()) {
                    long[] c = counts.computeIfAbsent(rewrite, r -> new EnumMap<>(Kind.class))
                            .computeIfAbsent(kind, k -> new long[2]);
                    List<String> expected = plain.get(kind);
                    List<String> got = facts.get(kind);
                    int common = common(expected, got);
                    c[0] += 2L * common;
                    c[1] += expected.size() + got.size();
                    if (common != expected.size() || common != got.size()) {
                        differences.add(rewrite + " " + kind + " " + a.source() + ": plain " + expected + " vs "
                                + got);
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s", "rewrite"));
        for (Kind kind : Kind.values()) {
            table.append(String.format(Locale.ROOT, " %12s", kind.name().toLowerCase(Locale.ROOT)));
        }
        table.append("  same text after ingest");
        double worst = 1;
        for (Rewrite rewrite : Rewrite.values()) {
            table.append(String.format(Locale.ROOT, "%n%-10s", rewrite.name().toLowerCase(Locale.ROOT)));
            for (Kind kind : Kind.values()) {
                long[] c = counts.get(rewrite).get(kind);
                double agreement = c[1] == 0 ? 1 : c[0] / (double) c[1];
                worst = Math.min(worst, agreement);
                table.append(String.format(Locale.ROOT, " %12.4f", agreement));
            }
            table.append(String.format(Locale.ROOT, "  %d/%d", sameText.get(rewrite), articles.size()));
        }
        System.out.println("Invariance over " + articles.size() + " corpus articles (agreement with the plain text):");
        System.out.println(table);
        differences.forEach(d -> System.out.println("  differs: " + d));
        assertTrue(worst >= REQUIRED, "agreement below " + REQUIRED + ":\n" + table + "\n" + String.join("\n",
                differences));
    }

    /**
     * The text layer itself, without ingest's cleaning: the tokens of each rewritten text, as the pipeline's first
     * annotator makes them, have the same normalized words and the same sentences as those of the plain text, and
     * their offsets point into the rewritten text.
     */
    @Test
    void tokensAndSentencesAreTheSameWithoutIngestToo() {
        List<Article> articles = new ArrayList<>();
        new ArticleInputs().read(List.of(ARTICLES.toString()), articles::add, issue -> { });
        VietTokenizerAnnotator annotator = new VietTokenizerAnnotator();
        for (Article a : articles) {
            List<String> plain = words(annotator, a.text());
            for (Rewrite rewrite : new Rewrite[] {Rewrite.NFD, Rewrite.OLD_TONES, Rewrite.NBSP}) {
                String text = rewrite.text.apply(a.text());
                assertEquals(plain, words(annotator, text), rewrite + " " + a.source());
            }
        }
    }

    /** The sentences of a text as lists of token words, checking each token's offsets on the way. */
    private static List<String> words(VietTokenizerAnnotator annotator, String text) {
        Annotation doc = new Annotation(text);
        annotator.annotate(doc);
        List<String> sentences = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            StringBuilder words = new StringBuilder();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                assertEquals(token.originalText(), text.substring(token.beginPosition(), token.endPosition()));
                words.append(token.word()).append(' ');
            }
            sentences.add(words.toString());
        }
        return sentences;
    }

    /** The article as ingest reads it from a JSON line with its url, title, date and author, and text or page. */
    private static Article read(JsonlArticleReader reader, Article a, String text, boolean page) throws Exception {
        ObjectNode line = JSON.createObjectNode();
        line.put("url", a.url() == null ? "https://example.gov.vn/" + a.id() : a.url());
        if (a.title() != null) {
            line.put("title", a.title());
        }
        if (a.published() != null) {
            line.put("published", a.published());
        }
        if (page) {
            line.put("html", PortalPage.wrap(a.title() == null ? "Tin tức" : a.title(), a.published(), text));
        } else {
            line.put("text", text);
        }
        Article read = reader.readLine(JSON.writeValueAsString(line), a.source()).article();
        if (read == null) {
            throw new AssertionError("ingest could not read the rewrite of " + a.source());
        }
        return read;
    }

    private static Map<Kind, List<String>> facts(ArticleRecord r) {
        Map<Kind, List<String>> facts = new EnumMap<>(Kind.class);
        facts.put(Kind.DATES, r.dates().stream().map(d -> String.valueOf(d.value())).toList());
        facts.put(Kind.OFFICIALS, r.officials().stream().map(o -> key(o.name())).toList());
        facts.put(Kind.AGENCIES, r.agencies().stream().map(g -> key(g.name())).toList());
        facts.put(Kind.TASK_COUNTS, r.taskCounts().stream().map(t -> t.count() + "/" + t.of()).toList());
        facts.put(Kind.DIRECTIVES, r.directives().stream().map(d -> key(d.verb()) + "|" + key(d.speaker())).toList());
        return facts;
    }

    /** Names compared as the index would: NFC, one tone convention. */
    private static String key(String s) {
        return s == null ? "null" : KEY.normalize(s).text();
    }

    private static int common(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        a.forEach(x -> left.merge(x, 1, Integer::sum));
        int common = 0;
        for (String x : b) {
            Integer n = left.get(x);
            if (n != null && n > 0) {
                left.put(x, n - 1);
                common++;
            }
        }
        return common;
    }

    /** Every other space inside a line becomes a no-break space, as pasted from a word processor. */
    static String noBreakSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean flip = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                flip = !flip;
                out.append(flip ? '\u00A0' : ' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

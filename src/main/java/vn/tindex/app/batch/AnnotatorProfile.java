package vn.tindex.app.batch;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tindex.extract.Extractor;
import vn.tindex.model.Article;

/**
 * Where extraction time goes: the annotators of an {@link Extractor} (the product's default, rules and the
 * statistical tagger combined), in its order, timed one by one on a sample, in one thread, after a warm-up pass.
 */
public final class AnnotatorProfile {
    /** Milliseconds per article of each annotator, in pipeline order. */
    public record Result(int articles, Map<String, Double> msPerArticle) {
        public double total() {
            return msPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public String line() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "extraction, 1 thread, %d articles: %.1f ms/article =", articles, total()));
            msPerArticle.forEach((name, ms) -> s.append(String.format(Locale.ROOT, " %s %.2f", name, ms)));
            return s.toString();
        }
    }

    private AnnotatorProfile() {}

    public static Result run(List<Article> sample) {
        List<Annotator> annotators = new Extractor().annotators();
        long[] nanos = new long[annotators.size()];
        pass(sample, annotators, new long[annotators.size()]); // warm-up
        pass(sample, annotators, nanos);
        Map<String, Double> ms = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size(); i++) {
            String name = annotators.get(i).getClass().getSimpleName().replace("Annotator", "")
                    .toLowerCase(Locale.ROOT);
            ms.put(name, nanos[i] / 1e6 / sample.size());
        }
        return new Result(sample.size(), ms);
    }

    private static void pass(List<Article> sample, List<Annotator> annotators, long[] nanos) {
        for (Article article : sample) {
            Annotation doc = Extractor.document(article);
            for (int i = 0; i < annotators.size(); i++) {
                long start = System.nanoTime();
                annotators.get(i).annotate(doc);
                nanos[i] += System.nanoTime() - start;
            }
        }
    }
}

package vn.tindex.app.batch;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.agency.AgencyAnnotator;
import vn.tindex.extract.agency.AgencyGazetteer;
import vn.tindex.extract.date.DateAnnotator;
import vn.tindex.extract.directive.DirectiveAnnotator;
import vn.tindex.extract.event.EventAnnotator;
import vn.tindex.extract.official.OfficialAnnotator;
import vn.tindex.extract.taskcount.TaskCountAnnotator;
import vn.tindex.model.Article;
import vn.tindex.text.VietTokenizerAnnotator;

/**
 * Where extraction time goes: the annotators of {@link vn.tindex.extract.Extractor}, in its order, timed one by one
 * on a sample, in one thread, after a warm-up pass. A benchmark aid only: it repeats the Extractor's list of
 * annotators (which the Extractor does not expose), so the two must be kept in step; the Extractor could offer this
 * itself (CoreNLP's AnnotationPipeline keeps per-annotator times).
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
        AgencyGazetteer gazetteer = new AgencyGazetteer();
        List<Annotator> annotators = List.of(new VietTokenizerAnnotator(), new DateAnnotator(),
                new AgencyAnnotator(gazetteer), new OfficialAnnotator(gazetteer), new TaskCountAnnotator(),
                new DirectiveAnnotator(), new EventAnnotator());
        long[] nanos = new long[annotators.size()];
        pass(sample, annotators, new long[annotators.size()]); // warm-up
        pass(sample, annotators, nanos);
        Map<String, Double> ms = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size(); i++) {
            String name = annotators.get(i).getClass().getSimpleName().replace("Annotator", "").toLowerCase(Locale.ROOT);
            ms.put(name, nanos[i] / 1e6 / sample.size());
        }
        return new Result(sample.size(), ms);
    }

    private static void pass(List<Article> sample, List<Annotator> annotators, long[] nanos) {
        for (Article article : new ArrayList<>(sample)) {
            Annotation doc = new Annotation(article.text());
            doc.set(FactKeys.ArticleKey.class, article);
            for (int i = 0; i < annotators.size(); i++) {
                long start = System.nanoTime();
                annotators.get(i).annotate(doc);
                nanos[i] += System.nanoTime() - start;
            }
        }
    }
}

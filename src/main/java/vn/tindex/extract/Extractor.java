package vn.tindex.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tindex.extract.agency.AgencyAnnotator;
import vn.tindex.extract.agency.AgencyGazetteer;
import vn.tindex.extract.date.DateAnnotator;
import vn.tindex.extract.directive.DirectiveAnnotator;
import vn.tindex.extract.event.EventAnnotator;
import vn.tindex.extract.official.OfficialAnnotator;
import vn.tindex.extract.taskcount.TaskCountAnnotator;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.text.VietTokenizerAnnotator;

/**
 * The extraction entry point: an Article in, its record out. Runs a CoreNLP pipeline of Vietnamese annotators
 * (tokens and sentences, then dates, agencies, officials, task counts, directives, events); no English model is
 * loaded. Rules and gazetteers load once, at construction, and a missing one fails there with its path. After
 * construction an Extractor is stateless and safe to share across threads.
 */
public final class Extractor {
    private final AnnotationPipeline pipeline = new AnnotationPipeline();
    private final List<Annotator> annotators;

    /** Which finders of people and bodies run: the rules, the statistical model, or both (the product's default). */
    public enum Mode { RULES, STATISTICAL, COMBINED }

    public Extractor() {
        this(Mode.COMBINED);
    }

    public Extractor(Mode mode) {
        AgencyGazetteer gazetteer = new AgencyGazetteer();
        List<Annotator> annotators = new java.util.ArrayList<>();
        annotators.add(new VietTokenizerAnnotator());
        annotators.add(new DateAnnotator());
        if (mode != Mode.RULES) {
            annotators.add(new vn.tindex.extract.ner.NerAnnotator(vn.tindex.extract.ner.NerModel.shipped(),
                    mode == Mode.STATISTICAL));
        }
        annotators.add(new AgencyAnnotator(gazetteer, mode != Mode.STATISTICAL, mode != Mode.RULES));
        annotators.add(new OfficialAnnotator(gazetteer, mode != Mode.STATISTICAL));
        annotators.add(new TaskCountAnnotator());
        annotators.add(new DirectiveAnnotator());
        annotators.add(new EventAnnotator());
        checkOrder(annotators);
        annotators.forEach(pipeline::addAnnotator);
        this.annotators = List.copyOf(annotators);
    }

    /** The annotators this extractor runs, in order: for timing them one by one (the import benchmark). */
    public List<Annotator> annotators() {
        return annotators;
    }

    /** The document the annotators of {@link #annotators()} work on, for {@code article}. */
    public static Annotation document(Article article) {
        Annotation doc = new Annotation(article.text());
        doc.set(FactKeys.ArticleKey.class, article);
        return doc;
    }

    /** spaCy-style: every annotator's requirements are met by those before it, checked before any document runs. */
    static void checkOrder(List<Annotator> annotators) {
        Set<Class<? extends CoreAnnotation>> available = new HashSet<>();
        for (Annotator a : annotators) {
            for (Class<? extends CoreAnnotation> key : a.requires()) {
                if (!available.contains(key)) {
                    throw new IllegalStateException(a.getClass().getSimpleName() + " requires " + key.getSimpleName()
                            + ", which no earlier annotator adds");
                }
            }
            available.addAll(a.requirementsSatisfied());
        }
    }

    public ArticleRecord extract(Article article) {
        Annotation doc = document(article);
        pipeline.annotate(doc);
        return new ArticleRecord(article.id(), article.url(), article.site(), article.title(), article.published(),
                article.author(), doc.get(FactKeys.ProvinceKey.class), article.text(),
                doc.get(FactKeys.Dates.class), doc.get(FactKeys.Officials.class), doc.get(FactKeys.Agencies.class),
                doc.get(FactKeys.TaskCounts.class), doc.get(FactKeys.Directives.class), doc.get(FactKeys.Events.class));
    }
}

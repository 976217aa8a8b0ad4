package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/** Test fixture: one shared extractor, and checks that every span of a record points into its text. */
public final class Extracted {
    private static final Extractor EXTRACTOR = new Extractor();

    private Extracted() {}

    public static ArticleRecord from(String text) {
        return from(text, null, null);
    }

    public static ArticleRecord from(String text, String published, String site) {
        return from(new Article("test", null, site, null, published, null, text, null, "test"));
    }

    public static ArticleRecord from(Article article) {
        ArticleRecord r = EXTRACTOR.extract(article);
        assertSpans(r);
        return r;
    }

    /** Every mention's and fact's text equals text.substring(start, end). */
    public static void assertSpans(ArticleRecord r) {
        String text = r.text();
        for (DateFact d : r.dates()) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
        }
        for (Official o : r.officials()) {
            for (Mention m : o.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        r.agencies().forEach(a -> a.mentions().forEach(m -> assertEquals(m.text(), text.substring(m.start(), m.end()))));
        for (TaskCount t : r.taskCounts()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        for (Directive d : r.directives()) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
        }
    }
}

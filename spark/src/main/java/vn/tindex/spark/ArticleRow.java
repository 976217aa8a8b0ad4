package vn.tindex.spark;

import java.io.Serializable;
import java.util.ArrayList;
import vn.tindex.model.Article;

/**
 * An {@link Article} as it travels between executors (model records are not {@link Serializable}, by design: the
 * model knows no library), every field kept, so that extraction on the far side sees the same article.
 */
final class ArticleRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String url;
    private final String site;
    private final String title;
    private final String published;
    private final String author;
    private final String text;
    private final ArrayList<String> captions;
    private final String source;
    private final String publisher;

    private ArticleRow(Article a) {
        id = a.id();
        url = a.url();
        site = a.site();
        title = a.title();
        published = a.published();
        author = a.author();
        text = a.text();
        captions = new ArrayList<>(a.captions());
        source = a.source();
        publisher = a.publisher();
    }

    static ArticleRow of(Article article) {
        return new ArticleRow(article);
    }

    Article article() {
        return new Article(id, url, site, title, published, author, text, captions, source, publisher);
    }

    /** How the article is named in issues: where it was read, else its id. */
    String input() {
        return source == null ? id : source;
    }

    int length() {
        return text.length();
    }
}

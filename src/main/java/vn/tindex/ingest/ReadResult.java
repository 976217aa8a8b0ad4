package vn.tindex.ingest;

import java.util.function.Consumer;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/** What reading one input gave: an article, or the issue that kept it from being one. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Failed {

    /** Hands the article or the issue to the matching consumer. */
    void deliver(Consumer<Article> articles, Consumer<Issue> issues);

    /** The article, or null when reading failed. */
    Article article();

    /** The issue, or null when reading succeeded. */
    Issue issue();

    static ReadResult of(Article article) {
        return new Read(article);
    }

    static ReadResult failed(String input, String reason) {
        return new Failed(new Issue(input, reason));
    }

    /** An article was read. */
    record Read(Article article) implements ReadResult {
        public Read {
            if (article == null) {
                throw new IllegalArgumentException("article must not be null");
            }
        }

        @Override
        public void deliver(Consumer<Article> articles, Consumer<Issue> issues) {
            articles.accept(article);
        }

        @Override
        public Issue issue() {
            return null;
        }
    }

    /** The input could not be read as an article. */
    record Failed(Issue issue) implements ReadResult {
        public Failed {
            if (issue == null) {
                throw new IllegalArgumentException("issue must not be null");
            }
        }

        @Override
        public void deliver(Consumer<Article> articles, Consumer<Issue> issues) {
            issues.accept(issue);
        }

        @Override
        public Article article() {
            return null;
        }
    }
}

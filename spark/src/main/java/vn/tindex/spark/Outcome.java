package vn.tindex.spark;

import java.io.Serializable;
import vn.tindex.model.Issue;

/**
 * One item of the job: an article read and waiting for extraction, the record extracted from it, or an input that
 * could not be read or extracted (an issue, with the stage where it failed). {@code file} and {@code seq} (the input
 * file's place in the sorted listing, the article's place in its file) give the order {@code tindex extract} and
 * {@code tindex import} would have met it in, which decides which of two copies the index keeps.
 */
final class Outcome implements Serializable {
    private static final long serialVersionUID = 1L;

    enum Kind { ARTICLE, RECORD, ISSUE }

    final Kind kind;
    final int file;
    final long seq;
    /** ARTICLE: the article to extract. */
    final ArticleRow article;
    /** RECORD: the record's id, its JSON line ({@code RecordJson.toLine}), year of publication, text fingerprint. */
    final String id;
    final String line;
    final Integer year;
    final long fingerprint;
    /** ISSUE: the input and the reason, and {@code read} or {@code extract}. */
    final String input;
    final String reason;
    final String stage;

    private Outcome(Kind kind, int file, long seq, ArticleRow article, String id, String line, Integer year,
                    long fingerprint, String input, String reason, String stage) {
        this.kind = kind;
        this.file = file;
        this.seq = seq;
        this.article = article;
        this.id = id;
        this.line = line;
        this.year = year;
        this.fingerprint = fingerprint;
        this.input = input;
        this.reason = reason;
        this.stage = stage;
    }

    static Outcome article(int file, long seq, ArticleRow article) {
        return new Outcome(Kind.ARTICLE, file, seq, article, null, null, null, 0, null, null, null);
    }

    static Outcome record(int file, long seq, String id, String line, Integer year, long fingerprint) {
        return new Outcome(Kind.RECORD, file, seq, null, id, line, year, fingerprint, null, null, null);
    }

    static Outcome issue(int file, long seq, Issue issue, String stage) {
        return new Outcome(Kind.ISSUE, file, seq, null, null, null, null, 0, issue.input(), issue.reason(), stage);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Whether this item comes before {@code other} in input order. */
    boolean before(Outcome other) {
        return file != other.file ? file < other.file : seq < other.seq;
    }

    /** The kind of an issue's reason: the words before the first ':' or '(' (as the command line counts them). */
    String reasonKind() {
        int cut = reason.length();
        for (char c : new char[] {':', '('}) {
            int at = reason.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String kind = reason.substring(0, cut).strip();
        return kind.isEmpty() ? reason : kind;
    }
}

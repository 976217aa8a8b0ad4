package vn.tindex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.TaskCount;

/**
 * Writes the articles or facts of a search as CSV (RFC 4180, a header row, UTF-8) or JSON Lines (articles: the
 * contract's records; facts: one object per fact with its article). CSV cells that a spreadsheet would run as a
 * formula ({@code = + - @} first) get a leading apostrophe. Not thread-safe: one per export.
 */
public final class ExportWriter {
    /** The formats an export can take. */
    public enum Format {
        CSV, JSONL;

        /** {@code csv} or {@code jsonl} (any case); else an error naming both. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format must be csv or jsonl, not '" + name + "'");
        }

        public String mediaType() {
            return this == CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final List<String> ARTICLE_COLUMNS = List.of("id", "url", "title", "published", "province", "agencies",
            "officials", "tasks", "directives", "events");
    static final List<String> FACT_COLUMNS = List.of("article_id", "title", "published", "kind", "index", "label",
            "text", "start", "end");

    private final Writer out;
    private final Format format;
    private boolean headerWritten;

    public ExportWriter(Writer out, Format format) {
        this.out = java.util.Objects.requireNonNull(out, "out");
        this.format = java.util.Objects.requireNonNull(format, "format");
    }

    /** One article: a CSV row of its main fields and fact summaries, or its whole record as a JSON line. */
    public void article(ArticleRecord r) {
        if (format == Format.JSONL) {
            line(RecordJson.toLine(r));
            return;
        }
        header(ARTICLE_COLUMNS);
        long tasks = r.taskCounts().stream().mapToLong(TaskCount::count).sum();
        row(List.of(r.id(), nz(r.url()), nz(r.title()), nz(r.published()), nz(r.province()),
                r.agencies().stream().map(Agency::name).collect(Collectors.joining("; ")),
                r.officials().stream().map(o -> FactLabels.joinWith(", ", o.name(), o.title()))
                        .collect(Collectors.joining("; ")),
                Long.toString(tasks), Integer.toString(r.directives().size()), Integer.toString(r.events().size())));
    }

    /** One fact with its article. */
    public void fact(FactHit f) {
        if (format == Format.JSONL) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("articleId", f.articleId());
            json.put("title", f.title());
            json.put("published", f.published());
            json.put("kind", f.kind());
            json.put("index", f.index());
            json.put("label", f.label());
            json.put("start", f.start());
            json.put("end", f.end());
            json.put("fact", f.fact());
            try {
                line(RecordJson.mapper().writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a fact of " + f.articleId(), e);
            }
            return;
        }
        header(FACT_COLUMNS);
        row(List.of(f.articleId(), nz(f.title()), nz(f.published()), f.kind(), Integer.toString(f.index()),
                f.label(), unescape(f.snippet()), f.start() == null ? "" : f.start().toString(),
                f.end() == null ? "" : f.end().toString()));
    }

    /** Writes the CSV header even when nothing matched. */
    public void finish(boolean facts) {
        if (format == Format.CSV) {
            header(facts ? FACT_COLUMNS : ARTICLE_COLUMNS);
        }
    }

    private void header(List<String> columns) {
        if (!headerWritten) {
            headerWritten = true;
            line(String.join(",", columns));
        }
    }

    private void row(List<String> cells) {
        line(cells.stream().map(ExportWriter::cell).collect(Collectors.joining(",")));
    }

    /** One CSV cell: quoted when needed, formula starts defused. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String unescape(String snippet) {
        return snippet == null ? "" : snippet.replace("<b>", "").replace("</b>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write(format == Format.CSV ? "\r\n" : "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package vn.tindex.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/** The six fact kinds under their short names, with the record array each lives in. */
public enum FactKind {
    DATE("date", "dates", DateFact.class),
    OFFICIAL("official", "officials", Official.class),
    AGENCY("agency", "agencies", Agency.class),
    TASKCOUNT("taskcount", "taskCounts", TaskCount.class),
    DIRECTIVE("directive", "directives", Directive.class),
    EVENT("event", "events", Event.class);

    private final String shortName;
    private final String arrayName;
    private final Class<?> type;

    FactKind(String shortName, String arrayName, Class<?> type) {
        this.shortName = shortName;
        this.arrayName = arrayName;
        this.type = type;
    }

    /** {@code taskcount}: the name in the index, the query language and the API. */
    public String shortName() {
        return shortName;
    }

    /** {@code taskCounts}: the field of the record that holds facts of this kind. */
    public String arrayName() {
        return arrayName;
    }

    Class<?> type() {
        return type;
    }

    /** The record's facts of this kind, in record order. */
    public List<?> of(ArticleRecord r) {
        return switch (this) {
            case DATE -> r.dates();
            case OFFICIAL -> r.officials();
            case AGENCY -> r.agencies();
            case TASKCOUNT -> r.taskCounts();
            case DIRECTIVE -> r.directives();
            case EVENT -> r.events();
        };
    }

    /**
     * Where a fact of this kind stands in {@code articleText}: its own span (dates, task counts, directives), its
     * first mention (officials, agencies), or where its text occurs (events); null when it cannot be placed.
     */
    public Mention span(Object fact, String articleText) {
        String text = articleText == null ? "" : articleText;
        return switch (this) {
            case DATE -> within(text, ((DateFact) fact).start(), ((DateFact) fact).end());
            case TASKCOUNT -> within(text, ((TaskCount) fact).start(), ((TaskCount) fact).end());
            case DIRECTIVE -> within(text, ((Directive) fact).start(), ((Directive) fact).end());
            case OFFICIAL -> first(text, ((Official) fact).mentions());
            case AGENCY -> first(text, ((Agency) fact).mentions());
            case EVENT -> located(text, ((Event) fact).text());
        };
    }

    private static Mention within(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start < end ? Mention.of(text, start, end) : null;
    }

    private static Mention first(String text, List<Mention> mentions) {
        return mentions.isEmpty() ? null : within(text, mentions.get(0).start(), mentions.get(0).end());
    }

    private static Mention located(String text, String part) {
        int at = part == null || part.isBlank() ? -1 : text.indexOf(part);
        return at < 0 ? null : Mention.of(text, at, at + part.length());
    }

    /** {@code directive}, {@code directives}, {@code taskCounts}, any case; else an error listing the kinds. */
    public static FactKind parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (FactKind kind : values()) {
            if (kind.shortName.equals(wanted) || kind.arrayName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fact kind '" + name + "' (kinds: " + names() + ")");
    }

    /** {@code date, official, agency, taskcount, directive, event}. */
    public static String names() {
        return Arrays.stream(values()).map(FactKind::shortName).collect(Collectors.joining(", "));
    }
}

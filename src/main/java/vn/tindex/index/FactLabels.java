package vn.tindex.index;

import vn.tindex.model.Agency;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/** A fact in a few words, the same beside a hit, on a fact card and in an export. */
final class FactLabels {
    private FactLabels() {}

    /** {@code 6 nhiệm vụ trọng tâm (assigned)}, {@code 187/187 nhiệm vụ (completed)}. */
    static String label(TaskCount t) {
        return t.count() + (t.of() == null ? "" : "/" + t.of()) + " " + t.task()
                + (t.status() == null ? "" : " (" + t.status() + ")");
    }

    /** {@code Lương Trọng Quỳnh đề nghị Sở Xây dựng tỉnh Lạng Sơn}. */
    static String label(Directive d) {
        return joinWith(" ", d.speaker(), d.verb(), d.addressee());
    }

    /** {@code làm việc 2020-10-15}. */
    static String label(Event e) {
        return joinWith(" ", e.type(), e.date());
    }

    /** The normalized value ({@code 2020-10-15}), else the text as written. */
    static String label(DateFact d) {
        return d.value() != null ? d.value() : d.text();
    }

    /** The label of any fact of {@code kind}. */
    static String label(FactKind kind, Object fact) {
        return switch (kind) {
            case DATE -> label((DateFact) fact);
            case OFFICIAL -> ((Official) fact).name();
            case AGENCY -> ((Agency) fact).name();
            case TASKCOUNT -> label((TaskCount) fact);
            case DIRECTIVE -> label((Directive) fact);
            case EVENT -> label((Event) fact);
        };
    }

    /** The non-blank parts, stripped, joined by {@code separator}. */
    static String joinWith(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(part.strip());
            }
        }
        return sb.toString();
    }
}

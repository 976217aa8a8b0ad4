package vn.tindex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores extracted records against gold, per fact kind: dates by value, officials by name (and title accuracy),
 * agencies by canonical name, task counts by count and denominator, directives by verb and speaker (and addressee
 * accuracy), events by type and date. Dates, officials and agencies are compared as sets per article (a repeated
 * fact counts once); task counts, directives and events as multisets.
 */
public final class Evaluation {
    /** The kinds, in the order the table prints them. */
    public static final List<String> KINDS = List.of("dates", "officials", "agencies", "taskCounts", "directives", "events");

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private int articles;

    public Evaluation() {
        KINDS.forEach(k -> scores.put(k, new Score()));
    }

    /** Adds one article: {@code gold} is its gold file's JSON, {@code system} the extracted record as JSON. */
    public void add(String article, JsonNode gold, JsonNode system) {
        articles++;
        compare(article, "dates", gold, system, d -> d.path("value").isNull() || d.path("value").isMissingNode()
                ? null : d.get("value").asText(), d -> null, true);
        compare(article, "officials", gold, system, o -> FactKey.name(o, "name"), o -> FactKey.name(o, "title"), true);
        compare(article, "agencies", gold, system, a -> FactKey.name(a, "name"), a -> null, true);
        compare(article, "taskCounts", gold, system,
                t -> FactKey.number(t, "count") + "/" + FactKey.number(t, "of"), t -> null, false);
        compare(article, "directives", gold, system,
                d -> FactKey.name(d, "verb") + " | " + FactKey.name(d, "speaker"), d -> FactKey.name(d, "addressee"), false);
        compare(article, "events", gold, system,
                e -> FactKey.name(e, "type") + " @ " + (e.path("date").isNull() ? "∅" : e.path("date").asText()),
                e -> null, false);
    }

    private void compare(String article, String kind, JsonNode gold, JsonNode system, Function<JsonNode, String> key,
                         Function<JsonNode, String> attribute, boolean asSet) {
        Map<String, List<String>> goldFacts = facts(gold.path(kind), key, attribute, asSet);
        Map<String, List<String>> systemFacts = facts(system.path(kind), key, attribute, asSet);
        Score score = scores.get(kind);
        Set<String> keys = new LinkedHashSet<>(goldFacts.keySet());
        keys.addAll(systemFacts.keySet());
        for (String k : keys) {
            List<String> g = goldFacts.getOrDefault(k, List.of());
            List<String> s = systemFacts.getOrDefault(k, List.of());
            int matched = Math.min(g.size(), s.size());
            score.truePositives += matched;
            score.falseNegatives += g.size() - matched;
            score.falsePositives += s.size() - matched;
            for (int i = 0; i < matched; i++) {
                if (g.get(i) != null) {
                    score.attributeChecked++;
                    if (g.get(i).equals(s.get(i))) {
                        score.attributeAgreed++;
                    } else {
                        errors.add(article + "\t" + kind + "\twrong attribute\t" + k + "\tgold: " + g.get(i)
                                + "\tgot: " + s.get(i));
                    }
                }
            }
            for (int i = matched; i < g.size(); i++) {
                errors.add(article + "\t" + kind + "\tmissed\t" + k);
            }
            for (int i = matched; i < s.size(); i++) {
                errors.add(article + "\t" + kind + "\tfalse positive\t" + k);
            }
        }
    }

    private static Map<String, List<String>> facts(JsonNode array, Function<JsonNode, String> key,
                                                   Function<JsonNode, String> attribute, boolean asSet) {
        Map<String, List<String>> facts = new HashMap<>();
        if (!array.isArray()) {
            return facts;
        }
        for (JsonNode fact : array) {
            String k = key.apply(fact);
            if (k == null) {
                continue;
            }
            List<String> list = facts.computeIfAbsent(k, x -> new ArrayList<>());
            if (!asSet || list.isEmpty()) {
                list.add(attribute.apply(fact));
            }
        }
        return facts;
    }

    public Map<String, Score> scores() {
        return scores;
    }

    /** The mean F1 over the kinds. */
    public double macroF1() {
        return scores.values().stream().mapToDouble(Score::f1).average().orElse(0);
    }

    /** Misses, false positives and wrong attributes, article by article (tab-separated lines). */
    public List<String> errors() {
        return errors;
    }

    /** How many articles were scored. */
    public int articles() {
        return articles;
    }

    /** The table that {@code tindex eval} prints, ending with "macro-F1 X.XXX". */
    public String table(int articles) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-11s %6s %6s %6s %6s %6s  %s%n", "kind", "gold", "found", "P", "R", "F1", "attribute"));
        scores.forEach((kind, s) -> {
            String attribute = switch (kind) {
                case "officials" -> String.format("title accuracy %.3f", s.attributeAccuracy());
                case "directives" -> String.format("addressee accuracy %.3f", s.attributeAccuracy());
                default -> "";
            };
            sb.append(String.format("%-11s %6d %6d %6.3f %6.3f %6.3f  %s%n", kind, s.gold(), s.predicted(),
                    s.precision(), s.recall(), s.f1(), attribute).replaceAll("\\s+\\n", "\n"));
        });
        sb.append(String.format("articles %d%n", articles));
        sb.append(String.format("macro-F1 %.3f%n", macroF1()));
        return sb.toString();
    }
}

package vn.tindex.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TokensRegex rule file run rule subset by rule subset. TokensRegex tries every rule at every token it is given, so
 * on a stretch of tokens only the rules that can match it should run: a rule that matches the stretch matches each
 * of its own tokens with one of its node patterns (a {@code /literal/}, a {@code {word:/regex/}} or a
 * {@code $VARIABLE} bound to a regex), so a rule none of whose node patterns fits a token known to lie in every match
 * cannot match. The caller names those tokens (a date always holds "năm", "tháng", a number shaped like a date, ...);
 * {@link #rulesOf} gives the rules whose node patterns fit one, and {@link #extract} runs an extractor made of that
 * subset alone. Matches, priorities and overlaps are those of the whole file: the rules left out find nothing there.
 * A rule whose patterns cannot be read this way ({@code []}, a sequence variable) is always run.
 */
public final class RuleSubsets {
    private static final Pattern VARIABLE = Pattern.compile("^\\s*(\\$\\w+)\\s*=\\s*\"/(.*)/\"\\s*$");
    private static final Pattern SLASHED = Pattern.compile("/((?:\\\\.|[^/\\\\])+)/");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\w+");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_CACHED_WORDS = 100_000;
    private static final int MAX_EXTRACTORS = 4_096;

    private final String path;
    private final String header;
    private final List<String> rules = new ArrayList<>();
    private final List<List<Pattern>> nodePatterns = new ArrayList<>();
    private final BitSet alwaysRun = new BitSet();
    private final Map<String, BitSet> byWord = new ConcurrentHashMap<>();
    private final Map<BitSet, CoreMapExpressionExtractor<MatchedExpression>> extractors = new ConcurrentHashMap<>();
    private final BitSet allRules = new BitSet();

    public RuleSubsets(String path) {
        this.path = path;
        StringBuilder head = new StringBuilder();
        Map<String, Pattern> variables = new HashMap<>();
        for (String line : Rules.text(path).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("{")) {
                head.append(line).append('\n');
                Matcher v = VARIABLE.matcher(line);
                if (v.matches()) {
                    variables.put(v.group(1), Pattern.compile(v.group(2), FLAGS));
                }
                continue;
            }
            if (!trimmed.endsWith("}") || !trimmed.contains("pattern:") || !trimmed.contains("result:")) {
                throw new IllegalStateException(path + ": a rule must be one line '{ ... pattern: ..., result: ... }',"
                        + " got: " + trimmed);
            }
            readRule(trimmed, variables);
        }
        this.header = head.toString();
        allRules.set(0, rules.size());
        extractors.put(allRules, build(allRules)); // a rule that does not parse fails here, at start-up
    }

    private void readRule(String rule, Map<String, Pattern> variables) {
        int index = rules.size();
        rules.add(rule);
        String pattern = rule.substring(rule.indexOf("pattern:"), rule.indexOf("result:"));
        List<Pattern> nodes = new ArrayList<>();
        Matcher refs = REFERENCE.matcher(pattern);
        while (refs.find()) {
            Pattern bound = variables.get(refs.group());
            if (bound == null) {
                alwaysRun.set(index);
            } else {
                nodes.add(bound);
            }
        }
        Matcher slashed = SLASHED.matcher(REFERENCE.matcher(pattern).replaceAll(" "));
        while (slashed.find()) {
            nodes.add(Pattern.compile(slashed.group(1), FLAGS));
        }
        if (pattern.contains("[]") || pattern.contains("[!")) {
            alwaysRun.set(index);
        }
        nodePatterns.add(nodes);
    }

    /** How many rules the file has. */
    public int size() {
        return rules.size();
    }

    /** The rules one of whose node patterns matches {@code word} (and those always run). Do not modify. */
    public BitSet rulesOf(String word) {
        BitSet cached = byWord.get(word);
        if (cached != null) {
            return cached;
        }
        BitSet found = (BitSet) alwaysRun.clone();
        for (int r = 0; r < nodePatterns.size(); r++) {
            for (Pattern p : nodePatterns.get(r)) {
                if (p.matcher(word).matches()) {
                    found.set(r);
                    break;
                }
            }
        }
        if (byWord.size() < MAX_CACHED_WORDS) {
            byWord.put(word, found);
        }
        return found;
    }

    /** The matches of the rules in {@code subset} on {@code tokens}, as the whole file would find them there. */
    public List<MatchedExpression> extract(List<CoreLabel> tokens, BitSet subset) {
        if (subset.isEmpty()) {
            return List.of();
        }
        CoreMapExpressionExtractor<MatchedExpression> extractor = extractors.get(subset);
        if (extractor == null) {
            // past the bound, the whole file: the same matches, only slower
            BitSet key = extractors.size() < MAX_EXTRACTORS ? (BitSet) subset.clone() : allRules;
            extractor = extractors.computeIfAbsent(key, this::build);
        }
        return extractor.extractExpressions(TokenSpans.segment(tokens));
    }

    private CoreMapExpressionExtractor<MatchedExpression> build(BitSet subset) {
        StringBuilder text = new StringBuilder(header);
        subset.stream().forEach(r -> text.append(rules.get(r)).append('\n'));
        return Rules.tokensRegexFromText(path + " (rules " + subset + ")", text.toString());
    }
}

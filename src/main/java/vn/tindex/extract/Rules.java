package vn.tindex.extract;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tindex.text.TokenKeys;

/**
 * Loads rule and gazetteer files from the classpath, once, failing at start-up with the path it expected.
 * TokensRegex rules match case-insensitively; {@code lower} names the canonical lower-case token key.
 */
public final class Rules {
    private Rules() {}

    /** A TokensRegex extractor over the rules in the classpath resource {@code path}. */
    public static CoreMapExpressionExtractor<MatchedExpression> tokensRegex(String path) {
        if (Rules.class.getClassLoader().getResource(path) == null) {
            throw new IllegalStateException("rule file not found on the classpath: " + path);
        }
        return CoreMapExpressionExtractor.createExtractorFromFiles(env(), path);
    }

    /** A TokensRegex extractor over rules given as text ({@code name} says where they came from, for errors). */
    public static CoreMapExpressionExtractor<MatchedExpression> tokensRegexFromText(String name, String text) {
        try {
            @SuppressWarnings("unchecked")
            CoreMapExpressionExtractor<MatchedExpression> extractor =
                    CoreMapExpressionExtractor.createExtractorFromString(env(), text);
            return extractor;
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse the TokensRegex rules of " + name + ": " + e.getMessage(), e);
        }
    }

    /** Resource text, UTF-8. */
    public static String text(String path) {
        try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule file not found on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Env env() {
        Env env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE | NodePattern.UNICODE_CASE);
        env.bind("lower", TokenKeys.Lower.class);
        return env;
    }

    /**
     * The data lines of a tab-separated resource: blank lines and lines starting with {@code #} are skipped;
     * each row is split on tabs.
     */
    public static List<String[]> table(String path) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer not found on the classpath: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }
}

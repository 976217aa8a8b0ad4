package vn.tindex.ingest.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt (RFC 9309) for one crawler: the group that names its product token, else the {@code *}
 * group; the longest matching Allow or Disallow path wins, Allow on a tie; {@code *} and a closing {@code $} in paths;
 * Crawl-delay (not in the RFC, but portals use it) and the Sitemap lines. Lenient: lines it cannot read are passed
 * over, and no robots.txt (or an unreadable one) allows everything. Immutable.
 */
public final class RobotsTxt {
    private record Rule(boolean allow, String path) {}

    private final List<Rule> rules;
    private final Double crawlDelaySeconds;
    private final List<String> sitemaps;

    private RobotsTxt(List<Rule> rules, Double crawlDelaySeconds, List<String> sitemaps) {
        this.rules = List.copyOf(rules);
        this.crawlDelaySeconds = crawlDelaySeconds;
        this.sitemaps = List.copyOf(sitemaps);
    }

    /** Rules that allow everything (no robots.txt, or a 4xx for it). */
    public static RobotsTxt allowAll() {
        return new RobotsTxt(List.of(), null, List.of());
    }

    /** Rules that allow nothing (RFC 9309: a robots.txt that cannot be fetched for a server error). */
    public static RobotsTxt disallowAll() {
        return new RobotsTxt(List.of(new Rule(false, "/")), null, List.of());
    }

    /** Parses robots.txt text for the crawler whose product token is {@code agent} ({@code tindex}). */
    public static RobotsTxt parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        Double mineDelay = null;
        Double anyDelay = null;
        boolean foundMine = false;
        List<String> sitemaps = new ArrayList<>();
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (inRules) {
                        groupAgents.clear();
                        inRules = false;
                    }
                    groupAgents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (key.equals("disallow") && value.isEmpty()) {
                        continue; // "Disallow:" with nothing allows everything
                    }
                    Rule rule = new Rule(key.equals("allow"), value);
                    if (groupAgents.contains(token)) {
                        mine.add(rule);
                        foundMine = true;
                    } else if (groupAgents.contains("*")) {
                        any.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    inRules = true;
                    Double seconds = seconds(value);
                    if (groupAgents.contains(token)) {
                        mineDelay = seconds;
                        foundMine = true;
                    } else if (groupAgents.contains("*")) {
                        anyDelay = seconds;
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> {
                    // other fields (Host, Clean-param, ...) do not concern us
                }
            }
            if (key.equals("user-agent") && groupAgents.contains(token)) {
                foundMine = true;
            }
        }
        return foundMine ? new RobotsTxt(mine, mineDelay, sitemaps) : new RobotsTxt(any, anyDelay, sitemaps);
    }

    private static Double seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s <= 3600 ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a path (with its query: {@code /tin-tuc/a.html?id=3}) may be fetched. */
    public boolean allowed(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.path(), path) && (best == null || rule.path().length() > best.path().length()
                    || rule.path().length() == best.path().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow() || path.equals("/robots.txt");
    }

    /** The Crawl-delay in seconds, or null. */
    public Double crawlDelaySeconds() {
        return crawlDelaySeconds;
    }

    /** The sitemap URLs it names. */
    public List<String> sitemaps() {
        return sitemaps;
    }

    /** Robots path matching: a prefix, with {@code *} for any run of characters and a closing {@code $} for the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int i, String s, int j, boolean anchored) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                while (i < p.length() && p.charAt(i) == '*') {
                    i++;
                }
                if (i == p.length()) {
                    return true;
                }
                for (int k = j; k <= s.length(); k++) {
                    if (match(p, i, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= s.length() || s.charAt(j) != c) {
                return false;
            }
            i++;
            j++;
        }
        return !anchored || j == s.length();
    }
}

package vn.tindex.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Vietnamese words of page furniture, read once from {@code page-phrases.txt} beside this class: related-list
 * headings, furniture lines, byline and source prefixes, clock prefixes. Immutable, shared.
 */
final class PagePhrases {
    static final String RESOURCE = "page-phrases.txt";
    private static final Set<String> SECTIONS =
            Set.of("related-headings", "furniture-lines", "byline-prefixes", "source-prefixes", "clock-prefixes");
    /** Arrows and separators before a line, and those plus ':' and '.' after it. */
    private static final Pattern EDGES = Pattern.compile("[\\s:»>.\\-–|]+$|^[\\s»>+\\-–|]+");
    static final PagePhrases DEFAULT = load();

    private final List<String> relatedHeadings;
    private final List<String> furnitureLines;
    private final List<String> bylinePrefixes;
    private final List<String> sourcePrefixes;
    private final List<String> clockPrefixes;

    private PagePhrases(Map<String, List<String>> sections) {
        relatedHeadings = List.copyOf(sections.get("related-headings"));
        furnitureLines = List.copyOf(sections.get("furniture-lines"));
        bylinePrefixes = List.copyOf(sections.get("byline-prefixes"));
        sourcePrefixes = List.copyOf(sections.get("source-prefixes"));
        clockPrefixes = List.copyOf(sections.get("clock-prefixes"));
    }

    /** A line as phrases compare it: NFC, cleaned, lower case, without trailing ':' '»' '>' '.' '-'. */
    static String key(String line) {
        String text = TextCleaner.cleanInline(line);
        if (text == null) {
            return "";
        }
        return EDGES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    boolean isRelatedHeading(String line) {
        return matches(relatedHeadings, key(line));
    }

    boolean isFurniture(String line) {
        return matches(furnitureLines, key(line));
    }

    boolean isClock(String line) {
        String k = key(line);
        return clockPrefixes.stream().anyMatch(p -> k.startsWith(p.toLowerCase(Locale.ROOT)));
    }

    /** The name in a byline without its label ("Theo Bích Diệp" -> "Bích Diệp"); the input when no label. */
    String stripBylinePrefix(String byline) {
        String text = TextCleaner.cleanInline(byline);
        if (text == null) {
            return null;
        }
        for (String prefix : bylinePrefixes) {
            String rest = afterPrefix(text, prefix);
            if (rest != null && !rest.isEmpty()) {
                return rest;
            }
        }
        return text;
    }

    /** The value of a "Nguồn: X" line, or null when the line is not one. */
    String sourceValue(String line) {
        String text = TextCleaner.cleanInline(line);
        if (text == null) {
            return null;
        }
        text = text.replaceAll("^[(\\[]\\s*(.*?)\\s*[)\\]]$", "$1");
        for (String prefix : sourcePrefixes) {
            String rest = afterPrefix(text, prefix + ":");
            if (rest != null && !rest.isEmpty()) {
                return rest.replaceAll("[.\\s]+$", "").replaceAll("^(?i)theo\\s+", "");
            }
        }
        return null;
    }

    /** The text after {@code prefix} (case-insensitive; a prefix ending in ':' needs the colon, else a space). */
    private static String afterPrefix(String text, String prefix) {
        boolean colon = prefix.endsWith(":");
        String word = colon ? prefix.substring(0, prefix.length() - 1).strip() : prefix;
        if (text.length() <= word.length() || !text.regionMatches(true, 0, word, 0, word.length())) {
            return null;
        }
        String rest = text.substring(word.length());
        if (colon) {
            String afterSpaces = rest.stripLeading();
            return afterSpaces.startsWith(":") ? afterSpaces.substring(1).strip() : null;
        }
        return Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == ':'
                ? rest.replaceFirst("^[\\s:]+", "").strip() : null;
    }

    private static boolean matches(List<String> phrases, String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (String phrase : phrases) {
            if (phrase.endsWith(" *")) {
                String prefix = phrase.substring(0, phrase.length() - 2);
                if (key.startsWith(prefix) && key.length() <= 200) {
                    return true;
                }
            } else if (key.equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static PagePhrases load() {
        InputStream in = PagePhrases.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource vn/tindex/ingest/" + RESOURCE);
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    if (!SECTIONS.contains(section)) {
                        throw new IllegalStateException(RESOURCE + ":" + number + ": unknown section " + line);
                    }
                } else if (section == null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": phrase before any section");
                } else if (section.endsWith("-prefixes")) {
                    sections.get(section).add(line);
                } else {
                    sections.get(section).add(line.endsWith(" *") ? line.toLowerCase(Locale.ROOT) : key(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource vn/tindex/ingest/" + RESOURCE, e);
        }
        return new PagePhrases(sections);
    }
}

package vn.tindex.extract.date;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.Rules;
import vn.tindex.model.Article;
import vn.tindex.model.DateFact;
import vn.tindex.text.TokenKeys;

/**
 * Finds temporal expressions with the TokensRegex rules in {@code date.rules} and normalizes them. An expression
 * written without a year is anchored: a day or month to the publication date (the year that puts it nearest),
 * otherwise to a year written in the same sentence, then in the sentences around it in the paragraph, then to the
 * year the article is about, then the publication year; with none of these the value stays null.
 */
public final class DateAnnotator implements Annotator {
    static final String RULES = "vn/tindex/extract/date/date.rules";
    private static final Set<String> ANCHORS = Set.of("day", "time", "month", "year", "quarter", "part", "vague");
    private final CoreMapExpressionExtractor<MatchedExpression> extractor = Rules.tokensRegex(RULES);

    /** One rule match before normalization. */
    private record Match(int start, int end, int sentence, int paragraph, String family, String rule, String lower,
                         Integer year) {}

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        String canonical = document.get(TokenKeys.CanonicalText.class);
        Article article = document.get(FactKeys.ArticleKey.class);
        LocalDate published = article == null ? null : publishedDate(article.published());
        List<Match> matches = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
            int paragraph = sentence.get(TokenKeys.Paragraph.class);
            for (MatchedExpression m : matches(sentence)) {
                String result = String.valueOf(m.getValue().get());
                int colon = result.indexOf(':');
                String family = result.substring(0, colon);
                int start = m.getCharOffsets().first();
                int end = m.getCharOffsets().second();
                String lower = canonical.substring(start, end).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                matches.add(new Match(start, end, index, paragraph, family, result.substring(colon + 1), lower,
                        DateNormalizer.explicitYear(family, lower)));
            }
        }
        Integer focusYear = focusYear(matches);
        java.util.Map<Integer, String> sentenceText = new HashMap<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentenceText.put(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class),
                    canonical.substring(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)).toLowerCase(Locale.ROOT));
        }
        List<DateFact> dates = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Integer year = m.year != null ? m.year : contextYear(m, matches, focusYear, published);
            if (m.year == null && published == null && year != null && reviewsTheYearBefore(m, sentenceText)) {
                year = year + 1;
            }
            DateNormalizer.Normalized n = DateNormalizer.normalize(m.family, m.lower, year, published);
            dates.add(new DateFact(text.substring(m.start, m.end), m.start, m.end, n.type(), n.value(),
                    n.partOfDay(), "date:" + m.family + ":" + m.rule));
        }
        document.set(FactKeys.Dates.class, dates);
    }

    /**
     * The rule matches of a sentence. Every temporal expression holds a digit or one of a few words (năm, tháng, quý,
     * tết, nay, mai, qua, tuần, nửa), so the rules run only on the stretches of tokens around those: the genre's long
     * sentences would otherwise cost every rule a try at every token.
     */
    private List<MatchedExpression> matches(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<MatchedExpression> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!isTrigger(tokens.get(i))) {
                i++;
                continue;
            }
            int from = Math.max(0, i - WINDOW_BEFORE);
            int to = Math.min(n, i + WINDOW_AFTER + 1);
            for (int k = i + 1; k < to; k++) {
                if (isTrigger(tokens.get(k))) {
                    to = Math.min(n, k + WINDOW_AFTER + 1);
                }
            }
            found.addAll(extractor.extractExpressions(segment(tokens.subList(from, to))));
            i = to;
        }
        return found;
    }

    private static final int WINDOW_BEFORE = 5;
    private static final int WINDOW_AFTER = 7;
    private static final Set<String> TRIGGERS = Set.of("năm", "tháng", "quý", "tết", "nay", "mai", "qua", "tuần", "nửa");

    private static boolean isTrigger(CoreLabel token) {
        String w = token.get(TokenKeys.Lower.class);
        return Character.isDigit(w.charAt(0)) || TRIGGERS.contains(w);
    }

    private static CoreMap segment(List<CoreLabel> tokens) {
        CoreMap segment = new ArrayCoreMap(4);
        segment.set(CoreAnnotations.TokensAnnotation.class, tokens);
        segment.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
        segment.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(tokens.size() - 1).endPosition());
        return segment;
    }

    /**
     * "Sáng 6-1, huyện tổng kết công tác năm 2016": a January or February meeting that reviews a year is held in
     * the year after it, so a day anchored to the reviewed year moves one year on.
     */
    private static boolean reviewsTheYearBefore(Match m, java.util.Map<Integer, String> sentenceText) {
        if (!m.family.equals("day") && !m.family.equals("time")) {
            return false;
        }
        String sentence = sentenceText.getOrDefault(m.sentence, "");
        java.util.regex.Matcher dm = java.util.regex.Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})").matcher(m.lower);
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("tháng (\\d{1,2})").matcher(m.lower);
        int month = dm.find() ? Integer.parseInt(dm.group(2)) : words.find() ? Integer.parseInt(words.group(1)) : 0;
        return month >= 1 && month <= 2 && sentence.contains("tổng kết") && !sentence.contains("6 tháng");
    }

    private static Integer contextYear(Match m, List<Match> all, Integer focusYear, LocalDate published) {
        boolean calendarDay = m.family.equals("day") || m.family.equals("time") || m.family.equals("month")
                || m.family.equals("span") || m.family.equals("tet");
        if (calendarDay && published != null) {
            return nearestYear(m, published);
        }
        for (int distance = 0; distance <= 2; distance++) {
            Integer before = yearInSentence(m, all, m.sentence - distance);
            if (before != null) {
                return before;
            }
            Integer after = yearInSentence(m, all, m.sentence + distance);
            if (after != null) {
                return after;
            }
        }
        if (focusYear != null) {
            return focusYear;
        }
        return published == null ? null : published.getYear();
    }

    /** The explicit year nearest to {@code m} among the anchors of one sentence of its paragraph, or null. */
    private static Integer yearInSentence(Match m, List<Match> all, int sentence) {
        Match best = null;
        for (Match other : all) {
            if (other == m || other.year == null || other.sentence != sentence || other.paragraph != m.paragraph
                    || !ANCHORS.contains(other.family) || other.rule.equals("until")) {
                continue;
            }
            if (best == null || Math.abs(other.start - m.start) < Math.abs(best.start - m.start)) {
                best = other;
            }
        }
        return best == null ? null : best.year;
    }

    /** The year of the first fully written day in the article, else the year written most often. */
    private static Integer focusYear(List<Match> matches) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Match m : matches) {
            if (m.year == null || !ANCHORS.contains(m.family) || m.rule.equals("until")) {
                continue;
            }
            if (m.family.equals("day") || m.family.equals("time")) {
                return m.year;
            }
            counts.merge(m.year, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The year that puts a day written without one nearest to the publication date. */
    private static Integer nearestYear(Match m, LocalDate published) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            String value = DateNormalizer.normalize(m.family, m.lower, year, published).value();
            LocalDate date = value == null ? null : publishedDate(value.length() >= 10 && value.charAt(7) == '-'
                    ? value.substring(0, 10) : value.length() >= 7 ? value.substring(0, 7) + "-15" : null);
            if (date == null) {
                continue;
            }
            long distance = Math.abs(date.toEpochDay() - published.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = year;
            }
        }
        return best;
    }

    static LocalDate publishedDate(String published) {
        if (published == null || published.length() < 10 || !published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.Dates.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, TokenKeys.CanonicalText.class);
    }
}

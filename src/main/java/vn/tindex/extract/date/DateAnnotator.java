package vn.tindex.extract.date;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.RuleSubsets;
import vn.tindex.model.Article;
import vn.tindex.model.DateFact;
import vn.tindex.text.TokenKeys;

/**
 * Finds temporal expressions with the TokensRegex rules in {@code date.rules} and normalizes them. An expression
 * written without a year is anchored: a day or month to the publication date (the year that puts it nearest),
 * otherwise to a year written in the same sentence, then in the sentences around it in the paragraph, then to the
 * year the article is about, then the publication year; with none of these the value stays null. It also settles the
 * article's date, on which the later annotators name bodies: the publication date, else the earliest day written in
 * full.
 */
public final class DateAnnotator implements Annotator {
    static final String RULES = "vn/tindex/extract/date/date.rules";
    private static final Set<String> ANCHORS = Set.of("day", "time", "month", "year", "quarter", "part", "vague");
    private final RuleSubsets rules = new RuleSubsets(RULES);

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
        document.set(FactKeys.Dates.class, resolveRelations(dates, matches, canonical));
        LocalDate articleDate = published != null ? published : earliestFullDay(matches, dates);
        if (articleDate != null) {
            document.set(FactKeys.ArticleDate.class, articleDate);
        }
    }

    /**
     * The earliest day the text writes with its year ("ngày 1/7/2025", "14h ngày 15/10/2020"), or null: the article
     * is not older than the days it reports. The earliest rather than the first, so that a deadline ahead ("trước
     * ngày 30/9/2026") does not move the article into a later period; a day whose year was inferred is not counted.
     */
    private static LocalDate earliestFullDay(List<Match> matches, List<DateFact> dates) {
        LocalDate earliest = null;
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            LocalDate day = m.year == null || !m.family.equals("day") && !m.family.equals("time") ? null
                    : publishedDate(dates.get(i).value());
            if (day != null && (earliest == null || day.isBefore(earliest))) {
                earliest = day;
            }
        }
        return earliest;
    }

    /**
     * Expressions whose value is another date's: "cùng kỳ năm trước" is the period written before it in the sentence
     * a year earlier; a weekday alone is that day of the week the article reports ("từ ngày 7/3 đến ngày 11/3/2022").
     * Unresolved, the weekday is dropped (a weekday with no week is no date) and "cùng kỳ" keeps a null value.
     */
    private static List<DateFact> resolveRelations(List<DateFact> dates, List<Match> matches, String canonical) {
        List<DateFact> out = new ArrayList<>(dates.size());
        LocalDate[] week = week(dates);
        for (int i = 0; i < dates.size(); i++) {
            DateFact d = dates.get(i);
            Match m = matches.get(i);
            if (m.family.equals("sameperiod")) {
                String value = samePeriod(dates, matches, i);
                out.add(new DateFact(d.text(), d.start(), d.end(), "PERIOD", value, null, d.rule()));
            } else if (m.family.equals("weekday")) {
                String value = week == null ? null : dayOfWeek(week, m.lower);
                if (value != null && !isOrdinal(canonical, d.start())) {
                    out.add(new DateFact(d.text(), d.start(), d.end(), "DATE", value, d.partOfDay(), d.rule()));
                }
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static String samePeriod(List<DateFact> dates, List<Match> matches, int i) {
        Match m = matches.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Match other = matches.get(j);
            String v = dates.get(j).value();
            if (other.sentence != m.sentence || v == null || other.family.equals("sameperiod")
                    || other.family.equals("yspan") || other.family.equals("duration")) {
                continue;
            }
            int shift = m.year != null ? m.year - Integer.parseInt(v.substring(0, 4)) : -1;
            return shiftYears(v, shift);
        }
        // "cùng kỳ năm 2018" with no period before it in the sentence: at least the year it names
        return m.year == null ? null : String.valueOf(m.year);
    }

    /** A value with every year in it moved by {@code shift}: "2020-01/2020-09" -> "2019-01/2019-09". */
    private static String shiftYears(String value, int shift) {
        java.util.regex.Matcher y = java.util.regex.Pattern.compile("\\b(\\d{4})(?=-|/|$)").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (y.find()) {
            y.appendReplacement(sb, String.valueOf(Integer.parseInt(y.group(1)) + shift));
        }
        y.appendTail(sb);
        return sb.toString();
    }

    /** The first span of at most a week of days in the article ("từ ngày 7/3 đến ngày 11/3/2022"), or null. */
    private static LocalDate[] week(List<DateFact> dates) {
        for (DateFact d : dates) {
            String v = d.value();
            if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate from = LocalDate.parse(v.substring(0, 10));
                LocalDate to = LocalDate.parse(v.substring(11));
                if (!to.isBefore(from) && to.toEpochDay() - from.toEpochDay() <= 6) {
                    return new LocalDate[] {from, to};
                }
            }
        }
        return null;
    }

    private static String dayOfWeek(LocalDate[] week, String lower) {
        java.time.DayOfWeek wanted = switch (lower.replaceAll("^(sáng|chiều|tối|đêm|trưa) ", "")) {
            case "thứ hai" -> java.time.DayOfWeek.MONDAY;
            case "thứ ba" -> java.time.DayOfWeek.TUESDAY;
            case "thứ tư" -> java.time.DayOfWeek.WEDNESDAY;
            case "thứ năm" -> java.time.DayOfWeek.THURSDAY;
            case "thứ sáu" -> java.time.DayOfWeek.FRIDAY;
            case "thứ bảy" -> java.time.DayOfWeek.SATURDAY;
            default -> java.time.DayOfWeek.SUNDAY;
        };
        for (LocalDate d = week[0]; !d.isAfter(week[1]); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == wanted) {
                return d.toString();
            }
        }
        return null;
    }

    /** "Kỳ họp thứ Bảy", "lần thứ Hai": an ordinal, not a weekday. */
    private static boolean isOrdinal(String canonical, int start) {
        String before = canonical.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return before.matches(".*(họp|lần|khóa|kỳ|nghị|đại hội|phiên)\\s*$");
    }

    /**
     * The rule matches of a sentence. TokensRegex tries every rule at every token it is given, and the genre's
     * sentences are long and full of numbers that are no dates ("263 nhiệm vụ", "60,46%"), so the rules run only on
     * windows around triggers, tokens that every match of some rule must contain ({@link #isTrigger}): from
     * {@value #WINDOW_BEFORE} tokens before a trigger to {@value #WINDOW_AFTER} after the last trigger that follows
     * within that reach. Of the rules, only those that can match a trigger of the window run ({@link RuleSubsets}).
     */
    private List<MatchedExpression> matches(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<MatchedExpression> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!isTrigger(tokens, i)) {
                i++;
                continue;
            }
            BitSet subset = new BitSet();
            subset.or(rules.rulesOf(tokens.get(i).word()));
            int from = Math.max(0, i - WINDOW_BEFORE);
            int to = Math.min(n, i + WINDOW_AFTER + 1);
            for (int k = i + 1; k < to; k++) {
                if (isTrigger(tokens, k)) {
                    to = Math.min(n, k + WINDOW_AFTER + 1);
                    subset.or(rules.rulesOf(tokens.get(k).word()));
                }
            }
            found.addAll(rules.extract(tokens.subList(from, to), subset));
            i = to;
        }
        return found;
    }

    /**
     * The most tokens a match of {@code date.rules} holds before its first trigger ("vào lúc 8 giờ", "trong vòng 3
     * tháng"), and between two triggers or after its last ("8 giờ 30 sáng, sáng ngày 15/10", "Tết Nguyên đán Giáp
     * Thìn 2024"): a window around the triggers of a match holds all of it.
     */
    private static final int WINDOW_BEFORE = 3;
    private static final int WINDOW_AFTER = 6;
    /** A number written as a date, month, year, span of years or clock time: "15/10/2020", "7-2", "2021-2025". */
    private static final java.util.regex.Pattern DATE_SHAPE = java.util.regex.Pattern.compile(
            "\\d{1,2}[/.\\-]\\d{1,2}([/.\\-]\\d{4})?|\\d{1,2}[/\\-]\\d{4}|(19|20)\\d{2}([\\-–](19|20)\\d{2})?"
                    + "|\\d{1,2}[hH]\\d{0,2}|\\d{1,2}:\\d{2}");
    private static final Set<String> ALWAYS = Set.of("quý", "tết", "nửa");
    private static final Set<String> RELATIVE = Set.of("nay", "này", "trước", "ngoái", "tới", "sau");
    private static final Set<String> MONTH_WORDS = Set.of("giêng", "một", "hai", "ba", "tư", "bốn", "năm", "sáu",
            "bảy", "tám", "chín", "mười", "chạp");
    private static final Set<String> WEEKDAYS = Set.of("hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6",
            "7");

    /**
     * Whether token {@code i} is one that a match of some rule in {@code date.rules} must contain: a number shaped
     * like a date ({@link #DATE_SHAPE}), "quý", "tết", "nửa", or a word in the company that makes it temporal:
     * "tháng" before a month, "năm"/"tháng"/"tuần" before "nay", "trước", "tới"..., "năm" after "đầu", "cuối",
     * "giữa", "tháng" after "những"/"các", a unit after a number ("6 tháng", "8 giờ 30 phút", "trong 3 ngày"), "thứ"
     * before a weekday ("thứ Hai", "thứ 2"), "chủ nhật", "cùng kỳ", "hôm nay", "hôm qua", "ngày mai". A bare count
     * ("263 nhiệm vụ") is none.
     */
    private static boolean isTrigger(List<CoreLabel> tokens, int i) {
        String w = lower(tokens, i);
        if (Character.isDigit(w.charAt(0))) {
            return DATE_SHAPE.matcher(w).matches();
        }
        if (ALWAYS.contains(w)) {
            return true;
        }
        String before = lower(tokens, i - 1);
        String after = lower(tokens, i + 1);
        boolean afterNumber = !before.isEmpty() && Character.isDigit(before.charAt(0))
                || before.equals("ba") || before.equals("sáu") || before.equals("chín");
        return switch (w) {
            case "tháng" -> afterNumber || RELATIVE.contains(after) || before.equals("những") || before.equals("các")
                    || !after.isEmpty() && (Character.isDigit(after.charAt(0)) || MONTH_WORDS.contains(after));
            case "năm" -> afterNumber || RELATIVE.contains(after) || before.equals("đầu") || before.equals("cuối")
                    || before.equals("giữa");
            case "tuần" -> afterNumber || RELATIVE.contains(after);
            case "ngày" -> afterNumber || after.equals("mai");
            case "giờ", "phút" -> afterNumber;
            case "thứ" -> WEEKDAYS.contains(after);
            case "chủ" -> after.equals("nhật");
            case "kỳ" -> before.equals("cùng");
            case "hôm" -> after.equals("nay") || after.equals("qua");
            default -> false;
        };
    }

    private static String lower(List<CoreLabel> tokens, int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).get(TokenKeys.Lower.class);
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
        return Set.of(FactKeys.Dates.class, FactKeys.ArticleDate.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, TokenKeys.CanonicalText.class);
    }
}

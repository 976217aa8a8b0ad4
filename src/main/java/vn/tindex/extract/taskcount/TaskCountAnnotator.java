package vn.tindex.extract.taskcount;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.TokenSpans;
import vn.tindex.extract.Rules;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.model.DateFact;
import vn.tindex.model.TaskCount;
import vn.tindex.text.TokenKeys;

/**
 * Counts of tasks and targets ({@code taskcount.rules}), with the status the words around them give
 * ("giao" assigned, "hoàn thành" completed, "đến hạn" due, "quá hạn" overdue, "đang thực hiện" in progress), the
 * body that assigned them ("được UBND tỉnh giao"), the body that carries them out, and the period of the sentence.
 * The same count of the same task with the same status is listed once.
 */
public final class TaskCountAnnotator implements Annotator {
    static final String RULES = "vn/tindex/extract/taskcount/taskcount.rules";
    private final CoreMapExpressionExtractor<MatchedExpression> extractor = Rules.tokensRegex(RULES);

    private static final String[][] BEFORE = {
        {"hoàn thành", "completed"}, {"đạt", "completed"}, {"vượt", "completed"},
        {"quá hạn", "overdue"}, {"chậm", "overdue"}, {"trễ hạn", "overdue"},
        {"đang thực hiện", "in_progress"}, {"đang triển khai", "in_progress"},
        {"giao", "assigned"}, {"đề ra", "assigned"}, {"đặt ra", "assigned"}, {"xác định", "assigned"},
    };
    private static final String[][] AFTER = {
        {"chưa hoàn thành", "in_progress"}, {"chưa đến hạn", "in_progress"}, {"đang thực hiện", "in_progress"},
        {"đang triển khai", "in_progress"}, {"trong hạn", "in_progress"},
        {"quá hạn", "overdue"}, {"chậm", "overdue"}, {"trễ hạn", "overdue"},
        {"đã hoàn thành", "completed"}, {"hoàn thành", "completed"}, {"đạt", "completed"}, {"vượt", "completed"},
        {"đến hạn", "due"}, {"đến thời hạn", "due"},
        {"được giao", "assigned"}, {"giao", "assigned"}, {"đề ra", "assigned"},
    };

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<AgencyMention> agencies = document.get(FactKeys.AgencyMentions.class);
        List<DateFact> dates = document.get(FactKeys.Dates.class);
        String host = hostAgency(agencies);
        List<TaskCount> counts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int sBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int sEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int tokenOffset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int[] window : windows(tokens, tokenOffset, sentence.get(CoreAnnotations.TokenEndAnnotation.class))) {
              for (MatchedExpression m : extractor.extractExpressions(TokenSpans.segment(tokens.subList(window[0], window[1])))) {
                int first = window[0] + m.getTokenOffsets().first();
                int last = window[0] + m.getTokenOffsets().second();
                int taskStart = first;
                while (taskStart < last && isNumber(tokens.get(taskStart))) {
                    taskStart++;
                }
                String numberText = join(tokens, first, taskStart);
                Long count;
                Long of = null;
                int slash = numberText.indexOf('/');
                if (slash > 0) {
                    count = VietNumbers.parse(numberText.substring(0, slash));
                    of = VietNumbers.parse(numberText.substring(slash + 1));
                } else {
                    count = VietNumbers.parse(numberText);
                }
                if (count == null || taskStart == last) {
                    continue;
                }
                String task = join(tokens, taskStart, last).replace(" , ", ", ");
                String status = status(tokens, first, last, sentence);
                AgencyMention assigner = assigner(tokens, agencies, sBegin, sEnd, first);
                String assignee = assignee(tokens, agencies, sBegin, sEnd, first, assigner, host);
                String period = period(dates, sBegin, sEnd, tokens.get(first).beginPosition());
                if (!seen.add(count + "|" + of + "|" + task + "|" + status)) {
                    continue;
                }
                counts.add(new TaskCount(count, of, task, status, assigner == null ? null : assigner.name(), assignee,
                        period, text.substring(sBegin, sEnd), sBegin, sEnd));
              }
            }
        }
        document.set(FactKeys.TaskCounts.class, counts);
    }

    /**
     * Stretches [from, to) of the sentence's tokens that can hold a count: from a number (digits or number words) to
     * a few tokens past it, when a task noun starts in them. The rules run on these alone, not on the whole of the
     * genre's long sentences, nor after every "năm" (five, or year) of them.
     */
    private static List<int[]> windows(List<CoreLabel> tokens, int from, int to) {
        List<int[]> windows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!isNumber(tokens.get(i))) {
                continue;
            }
            int start = i;
            while (i < to && isNumber(tokens.get(i))) {
                i++;
            }
            int end = Math.min(to, i + 6);
            if (holdsTaskNoun(tokens, start, end)) {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    /**
     * The first two words of every task noun of {@code $TASK} in {@code taskcount.rules} ("nhiệm vụ", "chỉ tiêu",
     * "dự án", ...): every count rule ends in one, so a window without any cannot match. A test keeps the two in step.
     */
    static final Set<String> TASK_NOUN_STARTS = Set.of("nhiệm vụ", "nhóm nhiệm", "nhóm giải", "đầu việc", "chỉ tiêu",
            "giải pháp", "nội dung", "dự án", "công trình", "chương trình");

    private static boolean holdsTaskNoun(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String pair = tokens.get(k).get(TokenKeys.Lower.class) + " " + tokens.get(k + 1).get(TokenKeys.Lower.class);
            if (TASK_NOUN_STARTS.contains(pair)) {
                return true;
            }
        }
        return false;
    }


    private static boolean isNumber(CoreLabel t) {
        String w = t.get(TokenKeys.Lower.class);
        return Character.isDigit(w.charAt(0)) || VietNumbers.isNumberWord(w);
    }

    /**
     * The status word nearest the count: before it ("hoàn thành 187/187 nhiệm vụ") or after its noun ("45 nhiệm vụ
     * quá hạn"), within the clause; on a tie the word before wins.
     */
    private static String status(List<CoreLabel> tokens, int first, int last, CoreMap sentence) {
        int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int sentenceEnd = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
        String bestStatus = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int end = first, distance = 1; end > Math.max(sentenceStart, first - 8); end--, distance++) {
            String w = tokens.get(end - 1).get(TokenKeys.Lower.class);
            if (w.equals(";") || w.equals(".") || w.equals("và") || w.equals(",") && distance > 1) {
                break;
            }
            String found = endsAt(tokens, end, sentenceStart, BEFORE);
            if (found != null) {
                bestStatus = found;
                bestDistance = distance;
                break;
            }
        }
        int limit = Math.min(sentenceEnd, last + 8);
        for (int k = last, distance = 1; k < limit && distance < bestDistance; k++, distance++) {
            String w = tokens.get(k).get(TokenKeys.Lower.class);
            if (w.equals(";") || w.equals(".") || w.equals("và") || w.equals(",")) {
                break;
            }
            String found = startsWith(tokens, k, limit, AFTER);
            if (found != null) {
                return found;
            }
        }
        return bestStatus;
    }

    /** The status of the table's first phrase that ends right before token {@code end}. */
    private static String endsAt(List<CoreLabel> tokens, int end, int from, String[][] table) {
        for (String[] entry : table) {
            int start = end - entry[0].split(" ").length;
            if (start >= from && startsWith(tokens, start, end, new String[][] {entry}) != null) {
                return entry[1];
            }
        }
        return null;
    }

    /** The status of the table's first phrase that starts at token {@code k} and ends before {@code limit}. */
    private static String startsWith(List<CoreLabel> tokens, int k, int limit, String[][] table) {
        for (String[] entry : table) {
            String[] words = entry[0].split(" ");
            if (k + words.length > limit) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < words.length && match; j++) {
                match = tokens.get(k + j).get(TokenKeys.Lower.class).equals(words[j]);
            }
            if (match) {
                return entry[1];
            }
        }
        return null;
    }

    /** "được UBND tỉnh giao", "UBND tỉnh giao": the body right before "giao" in the sentence nearest the count. */
    private static AgencyMention assigner(List<CoreLabel> tokens, List<AgencyMention> agencies, int sBegin, int sEnd,
                                          int count) {
        AgencyMention best = null;
        for (AgencyMention a : agencies) {
            if (a.start() < sBegin || a.end() > sEnd || a.tokenEnd() >= tokens.size()
                    || TokenSpans.clauseBreak(tokens, Math.min(a.tokenEnd(), count), Math.max(a.tokenStart(), count))) {
                continue;
            }
            String next = tokens.get(a.tokenEnd()).get(TokenKeys.Lower.class);
            String next2 = a.tokenEnd() + 1 < tokens.size() ? tokens.get(a.tokenEnd() + 1).get(TokenKeys.Lower.class) : "";
            if (next.equals("giao") || (next.equals("đã") || next.equals("đề")) && next2.equals("giao")) {
                if (best == null || Math.abs(a.tokenStart() - count) < Math.abs(best.tokenStart() - count)) {
                    best = a;
                }
            }
        }
        return best;
    }


    /** "Sở X được ... giao", "giao (cho) Sở X", else the body the article is mostly about. */
    private static String assignee(List<CoreLabel> tokens, List<AgencyMention> agencies, int sBegin, int sEnd,
                                   int count, AgencyMention assigner, String host) {
        for (AgencyMention a : agencies) {
            if (a.start() < sBegin || a.end() > sEnd || a == assigner || a.tokenEnd() >= tokens.size()) {
                continue;
            }
            String next = tokens.get(a.tokenEnd()).get(TokenKeys.Lower.class);
            String before = a.tokenStart() > 0 ? tokens.get(a.tokenStart() - 1).get(TokenKeys.Lower.class) : "";
            if (next.equals("được") && a.tokenStart() < count || before.equals("cho") || before.equals("giao")) {
                return a.name();
            }
        }
        if (host != null && (assigner == null || !host.equals(assigner.name()))) {
            return host;
        }
        return null;
    }

    /** The body named most often that is neither central nor a people's committee: whom the meeting was about. */
    private static String hostAgency(List<AgencyMention> agencies) {
        Map<String, Integer> counts = new HashMap<>();
        for (AgencyMention a : agencies) {
            if (!"central".equals(a.level()) && !a.head().startsWith("Ủy ban nhân dân")
                    && !a.head().startsWith("Hội đồng nhân dân")) {
                counts.merge(a.name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The date value of the sentence nearest the count, preferring one written before it. */
    private static String period(List<DateFact> dates, int sBegin, int sEnd, int at) {
        DateFact best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateFact d : dates) {
            if (d.start() < sBegin || d.end() > sEnd || d.value() == null || d.rule().endsWith(":until")
                    || d.type().equals("DURATION") || d.type().equals("TIME")) {
                continue;
            }
            int distance = d.end() <= at ? at - d.end() : 2 * (d.start() - at);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best == null ? null : best.value();
    }

    private static String join(List<CoreLabel> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).get(TokenKeys.Lower.class));
        }
        return sb.toString();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.TaskCounts.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, FactKeys.AgencyMentions.class, FactKeys.Dates.class);
    }
}

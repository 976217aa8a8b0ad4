package vn.tindex.extract.event;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.extract.official.OfficialMention;
import vn.tindex.model.DateFact;
import vn.tindex.model.Event;
import vn.tindex.text.TokenKeys;

/**
 * The meeting an article reports, read from its opening: the first meeting word ({@code event.tsv}) of the first
 * paragraph, the first full day written there, the person who chairs or leads the delegation ("do đồng chí X chủ
 * trì", "X ... làm Trưởng đoàn", else the first person named), and the bodies of the opening sentence.
 */
public final class EventAnnotator implements Annotator {
    static final String WORDS = "vn/tindex/extract/event/event.tsv";
    private static final Set<String> NOT_RECEPTION = Set.of("tục", "theo", "nhận", "cận", "thu", "xúc", "sức", "tế", "giáp");
    private final PhraseTrie<String> words = new PhraseTrie<>();

    public EventAnnotator() {
        for (String[] row : Rules.table(WORDS)) {
            words.add(row[0], row[1]);
        }
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Event> events = new ArrayList<>();
        if (sentences.isEmpty()) {
            document.set(FactKeys.Events.class, events);
            return;
        }
        CoreMap opening = openingSentence(sentences);
        List<CoreMap> leads = new ArrayList<>();
        leads.add(opening);
        List<CoreMap> dated = datedParagraphLeads(document, sentences);
        if (dated.size() >= 2) {
            // a round-up ("chỉ đạo, điều hành trong tuần"): each paragraph opening on a day reports its own meeting
            for (CoreMap s : dated) {
                if (!leads.contains(s)) {
                    leads.add(s);
                }
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (CoreMap lead : leads) {
            Event e = eventOf(document, tokens, sentences, lead);
            if (e != null && seen.add(e.type() + "@" + e.date())) {
                events.add(e);
            }
        }
        document.set(FactKeys.Events.class, events);
    }

    /** The event a lead sentence reports, or null when it has no meeting word. */
    private Event eventOf(Annotation document, List<CoreLabel> tokens, List<CoreMap> sentences, CoreMap lead) {
        int paragraph = lead.get(TokenKeys.Paragraph.class);
        int from = lead.get(CoreAnnotations.TokenBeginAnnotation.class);
        int to = lead.get(CoreAnnotations.TokenEndAnnotation.class);
        String type = type(tokens, from, to);
        if (type == null) {
            return null;
        }
        int pBegin = lead.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int pEnd = paragraphEnd(sentences, paragraph);
        String date = firstDay(document.get(FactKeys.Dates.class), pBegin, pEnd);
        OfficialMention chair = chair(document.get(FactKeys.OfficialMentions.class), tokens, from, paragraph);
        Set<String> bodies = new LinkedHashSet<>();
        if (chair != null && chair.organization() != null) {
            bodies.add(chair.organization());
        }
        for (AgencyMention a : document.get(FactKeys.AgencyMentions.class)) {
            if (a.tokenStart() >= from && a.tokenEnd() <= to) {
                bodies.add(a.name());
            }
        }
        return new Event(type, date, chair == null ? null : chair.name(), List.copyOf(bodies),
                lead.get(CoreAnnotations.TextAnnotation.class));
    }

    /**
     * The meeting word of a sentence: the first one written, except that a session ("kỳ họp") and a briefing
     * ("giao ban") name the meeting more exactly than "hội nghị" or "họp" beside them.
     */
    private String type(List<CoreLabel> tokens, int from, int to) {
        String first = null;
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<String> w = words.longest(tokens, k);
            if (w == null || w.value().equals("tiếp") && w.end() < tokens.size()
                    && NOT_RECEPTION.contains(tokens.get(w.end()).get(TokenKeys.Lower.class))) {
                continue;
            }
            if (w.value().equals("kỳ họp") || w.value().equals("giao ban")) {
                return w.value();
            }
            first = first == null ? w.value() : first;
            k = w.end() - 1;
        }
        return first;
    }

    /** Sentences that open a paragraph with a day ("Sáng 7/3, ...", "Chiều 10/3, Chủ tịch UBND tỉnh tiếp ..."). */
    private List<CoreMap> datedParagraphLeads(Annotation document, List<CoreMap> sentences) {
        List<CoreMap> leads = new ArrayList<>();
        int lastParagraph = -1;
        for (CoreMap s : sentences) {
            int paragraph = s.get(TokenKeys.Paragraph.class);
            if (paragraph == lastParagraph) {
                continue;
            }
            lastParagraph = paragraph;
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            for (DateFact d : document.get(FactKeys.Dates.class)) {
                if (d.start() >= begin && d.start() <= begin + 12 && d.value() != null && d.value().length() >= 10
                        && !d.value().contains("/")) {
                    leads.add(s);
                    break;
                }
            }
        }
        return leads;
    }

    /** The first sentence that reads like a lead: long enough and with a meeting word, else the first one. */
    private CoreMap openingSentence(List<CoreMap> sentences) {
        for (CoreMap s : sentences.subList(0, Math.min(3, sentences.size()))) {
            if (s.get(CoreAnnotations.TokensAnnotation.class).size() >= 12) {
                return s;
            }
        }
        return sentences.get(0);
    }

    private static int paragraphEnd(List<CoreMap> sentences, int paragraph) {
        int end = 0;
        for (CoreMap s : sentences) {
            if (s.get(TokenKeys.Paragraph.class) == paragraph) {
                end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            }
        }
        return end;
    }

    private static String firstDay(List<DateFact> dates, int from, int to) {
        for (DateFact d : dates) {
            if (d.start() >= from && d.end() <= to && d.value() != null && d.value().length() >= 10
                    && !d.value().contains("/") && !d.type().equals("DURATION")) {
                return d.value().substring(0, 10);
            }
        }
        return null;
    }

    private static OfficialMention chair(List<OfficialMention> people, List<CoreLabel> tokens, int from, int paragraph) {
        OfficialMention first = null;
        for (OfficialMention m : people) {
            if (m.tokenStart() < from || tokens.get(m.tokenStart()).get(TokenKeys.Paragraph.class) != paragraph) {
                continue;
            }
            first = first == null ? m : first;
            String before = m.tokenStart() > 0 ? tokens.get(m.tokenStart() - 1).get(TokenKeys.Lower.class) : "";
            StringBuilder after = new StringBuilder();
            for (int k = m.tokenEnd(); k < Math.min(tokens.size(), m.tokenEnd() + 4); k++) {
                after.append(tokens.get(k).get(TokenKeys.Lower.class)).append(' ');
            }
            String a = after.toString();
            if (before.equals("do") || a.startsWith("chủ trì") || a.contains("trưởng đoàn") || a.startsWith("dẫn đầu")) {
                return m;
            }
        }
        return first;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.Events.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(FactKeys.Dates.class, FactKeys.AgencyMentions.class, FactKeys.OfficialMentions.class);
    }
}

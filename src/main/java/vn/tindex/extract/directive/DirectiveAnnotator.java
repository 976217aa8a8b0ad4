package vn.tindex.extract.directive;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.TokenSpans;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.extract.official.OfficialMention;
import vn.tindex.model.Directive;
import vn.tindex.text.TokenKeys;

/**
 * Instructions given at a meeting: a directive verb ({@code directive.tsv}), its speaker (the person or directing
 * body that is the verb's subject in the clause, with "đồng chí" and posts resolved to the person), the bodies it
 * addresses (those named right after the verb), and what is asked (to the end of the clause). Verbs inside the
 * content of an earlier directive, and reports ("được giao", "Sở đã chỉ đạo"), are not directives.
 */
public final class DirectiveAnnotator implements Annotator {
    static final String WORDS = "vn/tindex/extract/directive/directive.tsv";
    private final PhraseTrie<String> verbs = new PhraseTrie<>();
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> notGiao = new HashSet<>();

    public DirectiveAnnotator() {
        for (String[] row : Rules.table(WORDS)) {
            switch (row[0]) {
                case "verb" -> verbs.add(row[1], PhraseTrie.key(row[1]));
                case "block" -> blocks.add(PhraseTrie.key(row[1]));
                case "notgiao" -> notGiao.add(PhraseTrie.key(row[1]));
                default -> throw new IllegalStateException(WORDS + ": unknown kind '" + row[0] + "'");
            }
        }
    }

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<AgencyMention> agencies = document.get(FactKeys.AgencyMentions.class);
        List<OfficialMention> people = document.get(FactKeys.OfficialMentions.class);
        Map<Integer, AgencyMention> agencyAt = new HashMap<>();
        for (AgencyMention a : agencies) {
            agencyAt.put(a.tokenStart(), a);
        }
        List<Directive> directives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lastSpeaker = null;
        String lastSpeakerTitle = null;
        int lastParagraph = -1;
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            int to = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
            int paragraph = sentence.get(TokenKeys.Paragraph.class);
            if (paragraph != lastParagraph) {
                lastSpeaker = null;
                lastParagraph = paragraph;
            }
            boolean personSpoke = false;
            for (int k = from; k < to; k++) {
                PhraseTrie.Match<String> verb = verbs.longest(tokens, k);
                if (verb == null || blocked(tokens, k, from) || isGiaoOther(verb.value(), tokens, verb.end(), agencyAt)
                        || nominal(tokens, verb.end())) {
                    continue;
                }
                String speaker = null;
                String speakerTitle = null;
                boolean person = false;
                if (previousIs(tokens, k, "là") && verb.end() < to
                        && tokens.get(verb.end()).get(TokenKeys.Lower.class).equals("của")) {
                    Directive nominal = nominalForm(text, tokens, sentence, verb, people, agencies);
                    if (nominal != null && seen.add(nominal.speaker() + "|" + nominal.verb() + "|" + nominal.addressee())) {
                        directives.add(nominal);
                    }
                    continue;
                }
                OfficialMention official = officialBefore(people, tokens, from, k);
                AgencyMention body = agencyBefore(agencies, people, tokens, from, k);
                if (official != null && (body == null || body.tokenEnd() <= official.tokenEnd())) {
                    speaker = official.name();
                    speakerTitle = official.title();
                    person = true;
                } else if (body != null && body.directing() && !personSpoke && !previousIs(tokens, k, "đã")) {
                    speaker = body.name();
                } else if (body == null && official == null && lastSpeaker != null && k - clauseStart(tokens, from, k) <= 4) {
                    speaker = lastSpeaker;
                    speakerTitle = lastSpeakerTitle;
                    person = true;
                }
                if (speaker == null) {
                    continue;
                }
                int p = verb.end();
                while (p < to && (tokens.get(p).word().equals(":") || tokens.get(p).get(TokenKeys.Lower.class).equals("cho"))) {
                    p++;
                }
                List<String> addressees = new ArrayList<>();
                while (p < to && agencyAt.containsKey(p)) {
                    AgencyMention a = agencyAt.get(p);
                    addressees.add(a.name());
                    p = a.tokenEnd();
                    String w = p < to ? tokens.get(p).get(TokenKeys.Lower.class) : "";
                    if ((w.equals(",") || w.equals("và") || w.equals("cùng")) && agencyAt.containsKey(p + 1)) {
                        p++;
                    }
                }
                int clauseEnd = p;
                while (clauseEnd < to && !tokens.get(clauseEnd).word().equals(";")) {
                    clauseEnd++;
                }
                String content = clauseEnd > p
                        ? text.substring(tokens.get(p).beginPosition(), tokens.get(clauseEnd - 1).endPosition()).strip()
                        : "";
                content = content.replaceAll("[.;:,]+$", "").strip();
                int sBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int sEnd = person ? runOnEnd(sentences, sentence, tokens) : sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (addressees.isEmpty()) {
                    addressees.add(null);
                }
                for (String addressee : addressees) {
                    if (seen.add(speaker + "|" + verb.value() + "|" + addressee)) {
                        directives.add(new Directive(speaker, speakerTitle, verb.value(), addressee, content,
                                text.substring(sBegin, sEnd), sBegin, sEnd));
                    }
                }
                if (person) {
                    personSpoke = true;
                    lastSpeaker = speaker;
                    lastSpeakerTitle = speakerTitle;
                }
                k = clauseEnd;
            }
        }
        document.set(FactKeys.Directives.class, directives);
    }

    private static final java.util.Set<String> RUN_ON = java.util.Set.of("bên cạnh đó", "đồng thời", "ngoài ra",
            "mặt khác", "cùng với đó", "bên cạnh");

    /**
     * Where a directive's text ends: at its sentence, or at the end of the next one in the paragraph when that one
     * carries it on ("Bên cạnh đó, Sở cần ...", "Đồng thời, ...").
     */
    private static int runOnEnd(List<CoreMap> sentences, CoreMap sentence, List<CoreLabel> tokens) {
        int index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (index + 1 >= sentences.size()) {
            return end;
        }
        CoreMap next = sentences.get(index + 1);
        if (!next.get(TokenKeys.Paragraph.class).equals(sentence.get(TokenKeys.Paragraph.class))) {
            return end;
        }
        int from = next.get(CoreAnnotations.TokenBeginAnnotation.class);
        StringBuilder opening = new StringBuilder();
        for (int i = from; i < Math.min(from + 3, next.get(CoreAnnotations.TokenEndAnnotation.class)); i++) {
            opening.append(i > from ? " " : "").append(tokens.get(i).get(TokenKeys.Lower.class));
            if (RUN_ON.contains(opening.toString())) {
                return next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            }
        }
        return end;
    }

    /**
     * "..., đó là yêu cầu của đồng chí X": the instruction is what came before in the sentence (or the sentence
     * before), the speaker the person named after "của", the addressee the first body named in the instruction.
     */
    private static Directive nominalForm(String text, List<CoreLabel> tokens, CoreMap sentence,
                                         PhraseTrie.Match<String> verb, List<OfficialMention> people,
                                         List<AgencyMention> agencies) {
        int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        OfficialMention speaker = null;
        for (OfficialMention m : people) {
            if (m.tokenStart() > verb.end() && m.tokenStart() <= verb.end() + 3) {
                speaker = m;
                break;
            }
        }
        if (speaker == null) {
            return null;
        }
        int contentEnd = verb.start() - 1;
        while (contentEnd > from && !Character.isLetterOrDigit(tokens.get(contentEnd - 1).word().charAt(0))) {
            contentEnd--;
        }
        // "Đó là yêu cầu ..." opening its own sentence: the instruction is the sentence before
        int contentFrom = from;
        if (contentEnd - from <= 1 && sentence.get(CoreAnnotations.SentenceIndexAnnotation.class) > 0) {
            contentEnd = from;
            contentFrom = contentEnd;
            while (contentFrom > 0 && tokens.get(contentFrom - 1).sentIndex() == tokens.get(from).sentIndex() - 1) {
                contentFrom--;
            }
        } else if (contentEnd > from && tokens.get(contentEnd - 1).get(TokenKeys.Lower.class).equals("đó")) {
            contentEnd--;
        }
        if (contentEnd <= contentFrom) {
            return null;
        }
        String addressee = null;
        for (AgencyMention a : agencies) {
            if (a.tokenStart() >= contentFrom && a.tokenEnd() <= contentEnd) {
                addressee = a.name();
                break;
            }
        }
        int begin = tokens.get(contentFrom).beginPosition();
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String content = text.substring(begin, tokens.get(contentEnd - 1).endPosition()).replaceAll("[.;:,\\s]+$", "");
        return new Directive(speaker.name(), speaker.title(), verb.value(), addressee, content,
                text.substring(begin, end), begin, end);
    }

    private boolean blocked(List<CoreLabel> tokens, int k, int from) {
        if (k == from) {
            return false;
        }
        String prev = tokens.get(k - 1).get(TokenKeys.Lower.class);
        if (prev.equals("đã")) {
            return false;
        }
        String before = prev;
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
            before = j == k - 1 ? prev : tokens.get(j).get(TokenKeys.Lower.class) + " " + before;
            if (blocks.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the clause (after the last ";" or ":" before {@code k}) within the sentence. */
    private static int clauseStart(List<CoreLabel> tokens, int from, int k) {
        for (int i = k - 1; i >= from; i--) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(":")) {
                return i + 1;
            }
        }
        return from;
    }

    /** "chỉ đạo, điều hành" and "chỉ đạo điều hành": the noun for a committee's work, not an instruction. */
    private static boolean nominal(List<CoreLabel> tokens, int after) {
        int i = after < tokens.size() && tokens.get(after).word().equals(",") ? after + 1 : after;
        return i + 1 < tokens.size() && tokens.get(i).get(TokenKeys.Lower.class).equals("điều")
                && tokens.get(i + 1).get(TokenKeys.Lower.class).equals("hành");
    }

    private static boolean previousIs(List<CoreLabel> tokens, int k, String lower) {
        return k > 0 && tokens.get(k - 1).get(TokenKeys.Lower.class).equals(lower);
    }

    /** "giao thông", "giao ban", "giao 06 nhiệm vụ" in a report: "giao" that assigns nothing to a named body. */
    private boolean isGiaoOther(String verb, List<CoreLabel> tokens, int after, Map<Integer, AgencyMention> agencyAt) {
        if (!verb.equals("giao")) {
            return false;
        }
        if (after >= tokens.size()) {
            return true;
        }
        if (agencyAt.containsKey(after)) {
            return false;
        }
        String next = tokens.get(after).get(TokenKeys.Lower.class);
        if (notGiao.contains(next)) {
            return true;
        }
        // "giao cho Sở X", or a body the gazetteers do not know ("giao Ban cán sự đảng ...", "giao Phòng Tham mưu").
        return !(next.equals("cho") && agencyAt.containsKey(after + 1))
                && !Character.isUpperCase(tokens.get(after).originalText().charAt(0));
    }

    /** The person mention nearest before the verb in the same clause. */
    private static OfficialMention officialBefore(List<OfficialMention> people, List<CoreLabel> tokens, int from, int k) {
        OfficialMention best = null;
        for (OfficialMention m : people) {
            if (m.tokenStart() >= from && m.tokenEnd() <= k && !TokenSpans.clauseBreak(tokens, m.tokenEnd(), k)) {
                best = m;
            }
        }
        return best;
    }

    /** The body mention nearest before the verb in the same clause, outside any person's title. */
    private static AgencyMention agencyBefore(List<AgencyMention> agencies, List<OfficialMention> people,
                                              List<CoreLabel> tokens, int from, int k) {
        AgencyMention best = null;
        for (AgencyMention a : agencies) {
            if (a.tokenStart() < from || a.tokenEnd() > k || TokenSpans.clauseBreak(tokens, a.tokenEnd(), k)) {
                continue;
            }
            boolean inTitle = false;
            for (OfficialMention m : people) {
                inTitle |= m.tokenStart() <= a.tokenStart() && a.tokenEnd() <= m.tokenEnd();
            }
            if (!inTitle) {
                best = a;
            }
        }
        return best;
    }


    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.Directives.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, FactKeys.AgencyMentions.class,
                FactKeys.OfficialMentions.class);
    }
}

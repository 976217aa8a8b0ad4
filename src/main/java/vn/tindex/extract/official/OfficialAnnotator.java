package vn.tindex.extract.official;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tindex.extract.FactKeys;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.text.TokenKeys;

/**
 * Finds named people with their posts in the shapes the genre writes them: "đồng chí NAME, POST ORG",
 * "POST ORG NAME", "NAME - POST ORG", "NAME (POST ORG)", memberships before the post and ranks before the name.
 * Of several posts the last one written is the title (party memberships never are). Later references
 * ("đồng chí", "ông Quỳnh", the post alone) are resolved to the person and listed in {@code mentions}.
 */
public final class OfficialAnnotator implements Annotator {
    private static final Set<String> SEPARATORS = Set.of(",", "-", "–", "—", "(");
    private final PeopleGazetteer people = new PeopleGazetteer();
    private final NameFinder names;
    private final boolean rules;

    public OfficialAnnotator(vn.tindex.extract.agency.AgencyGazetteer places) {
        this(places, true);
    }

    /** Without {@code rules}, the people are the statistical tagger's PER spans (to score the model alone). */
    public OfficialAnnotator(vn.tindex.extract.agency.AgencyGazetteer places, boolean rules) {
        this.names = new NameFinder(people, places);
        this.rules = rules;
    }

    @Override
    public void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        String canonical = document.get(TokenKeys.CanonicalText.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<AgencyMention> agencies = document.get(FactKeys.AgencyMentions.class);
        Map<Integer, AgencyMention> agencyAt = new HashMap<>();
        Map<Integer, AgencyMention> agencyEndingAt = new HashMap<>();
        boolean[] inAgency = new boolean[tokens.size()];
        for (AgencyMention a : agencies) {
            agencyAt.put(a.tokenStart(), a);
            agencyEndingAt.put(a.tokenEnd(), a);
            for (int k = a.tokenStart(); k < a.tokenEnd(); k++) {
                inAgency[k] = true;
            }
        }
        List<OfficialMention> mentions = new ArrayList<>();
        if (!rules) {
            for (vn.tindex.extract.ner.NerSpan span : document.get(FactKeys.NerSpans.class)) {
                if (span.label().equals(vn.tindex.extract.ner.NerSpan.PER)) {
                    int b = tokens.get(span.tokenStart()).beginPosition();
                    int e = tokens.get(span.tokenEnd() - 1).endPosition();
                    mentions.add(new OfficialMention(b, e, span.tokenStart(), span.tokenEnd(), canonical.substring(b, e),
                            null, null, true, List.of()));
                }
            }
            document.set(FactKeys.OfficialMentions.class, mentions);
            document.set(FactKeys.Officials.class, officials(mentions, text));
            return;
        }
        List<int[]> bare = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<int[]> listed = listAfterPost(tokens, i, agencyAt, inAgency);
            if (!listed.isEmpty()) {
                PostAndOrg post = postAt(tokens, i, agencyAt);
                for (int[] n : listed) {
                    String name = canonical.substring(tokens.get(n[0]).beginPosition(), tokens.get(n[1] - 1).endPosition());
                    mentions.add(new OfficialMention(tokens.get(n[0]).beginPosition(), tokens.get(n[1] - 1).endPosition(),
                            n[0], n[1], name, post.title, post.organization, true,
                            List.of(new OfficialMention.Post(post.title, post.organization))));
                }
                i = listed.get(listed.size() - 1)[1] - 1;
                continue;
            }
            int nameEnd = inAgency[i] ? i : names.end(tokens, i, inAgency);
            int left = skipBack(tokens, i);
            PostAndOrg before = postBefore(tokens, left, agencyEndingAt);
            if (nameEnd <= i && (left < i || before != null)) {
                nameEnd = names.loose(tokens, i, inAgency);
            }
            if (nameEnd <= i) {
                continue;
            }
            Chunks after = chunksAfter(tokens, nameEnd, agencyAt);
            PostAndOrg post = after.last != null ? after.last : before;
            if (post == null && !hasRank(tokens, left, i)) {
                bare.add(new int[] {left, i, nameEnd});
                i = nameEnd - 1;
                continue;
            }
            int startToken = before != null && after.last == null ? before.startToken : left;
            int endToken = Math.max(nameEnd, after.end);
            String name = canonical.substring(tokens.get(i).beginPosition(), tokens.get(nameEnd - 1).endPosition());
            List<OfficialMention.Post> posts = new ArrayList<>(after.posts);
            if (before != null) {
                posts.add(new OfficialMention.Post(before.title, before.organization));
            }
            mentions.add(new OfficialMention(tokens.get(startToken).beginPosition(),
                    tokens.get(endToken - 1).endPosition(), startToken, endToken, name,
                    post == null ? null : post.title, post == null ? null : post.organization, true, posts));
            i = endToken - 1;
        }
        mentions.addAll(namedAgain(bare, mentions, tokens, canonical));
        mentions.addAll(new References(people, tokens, agencyAt).resolve(mentions));
        mentions.sort(Comparator.comparingInt(OfficialMention::start));
        document.set(FactKeys.OfficialMentions.class, mentions);
        document.set(FactKeys.Officials.class, officials(mentions, text));
    }

    /** A name written without a post ("đồng chí Hoàng Minh Sơn đề nghị") of a person named in full elsewhere. */
    private static List<OfficialMention> namedAgain(List<int[]> bare, List<OfficialMention> full, List<CoreLabel> tokens,
                                                    String canonical) {
        List<OfficialMention> again = new ArrayList<>();
        for (int[] b : bare) {
            String name = canonical.substring(tokens.get(b[1]).beginPosition(), tokens.get(b[2] - 1).endPosition());
            for (OfficialMention m : full) {
                if (m.full() && m.name().equals(name)) {
                    again.add(new OfficialMention(tokens.get(b[0]).beginPosition(), tokens.get(b[2] - 1).endPosition(),
                            b[0], b[2], name, m.title(), m.organization(), false, m.posts()));
                    break;
                }
            }
        }
        return again;
    }

    record PostAndOrg(String title, String organization, int startToken, int endToken) {}

    private record Chunks(PostAndOrg last, int end, List<OfficialMention.Post> posts) {}

    /** Skips honorifics and ranks written before a name; returns the first token of them. */
    private int skipBack(List<CoreLabel> tokens, int i) {
        int left = i;
        boolean moved = true;
        while (moved && left > 0) {
            moved = false;
            for (int len = 1; len <= 3 && left - len >= 0; len++) {
                PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, left - len);
                if (w != null && w.end() == left && (w.value().kind() == PeopleGazetteer.Kind.HONORIFIC
                        || w.value().kind() == PeopleGazetteer.Kind.RANK)) {
                    left -= len;
                    moved = true;
                    break;
                }
            }
        }
        return left;
    }

    private boolean hasRank(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, k);
            if (w != null && w.value().kind() == PeopleGazetteer.Kind.RANK) {
                return true;
            }
        }
        return false;
    }

    /** The post (and its body) written at token {@code i}, or null. */
    private PostAndOrg postAt(List<CoreLabel> tokens, int i, Map<Integer, AgencyMention> agencyAt) {
        PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, i);
        if (w == null || w.value().kind() != PeopleGazetteer.Kind.POST) {
            return null;
        }
        AgencyMention agency = agencyAt.get(w.end());
        return new PostAndOrg(w.value().canonical(), agency == null ? null : agency.name(), i,
                agency == null ? w.end() : agency.tokenEnd());
    }

    /**
     * "các Phó Chủ tịch UBND tỉnh: Lã Văn Nghĩa, Vương Thị Hồng Nhung": names listed after a post and a colon, each
     * holding that post; empty when token {@code i} starts no such list.
     */
    private List<int[]> listAfterPost(List<CoreLabel> tokens, int i, Map<Integer, AgencyMention> agencyAt,
                                      boolean[] inAgency) {
        PostAndOrg post = postAt(tokens, i, agencyAt);
        List<int[]> names = new ArrayList<>();
        if (post == null) {
            return names;
        }
        int p = post.endToken;
        if (p < tokens.size() && tokens.get(p).word().equals(":")) {
            p++;
            int sentence = tokens.get(i).sentIndex();
            while (p < tokens.size() && tokens.get(p).sentIndex() == sentence) {
                int end = this.names.loose(tokens, p, inAgency);
                if (end <= p + 1) {
                    break;
                }
                names.add(new int[] {p, end});
                if (end < tokens.size() && (tokens.get(end).word().equals(",")
                        || tokens.get(end).get(TokenKeys.Lower.class).equals("và"))) {
                    p = end + 1;
                } else {
                    break;
                }
            }
        }
        return names;
    }

    /** "Giám đốc Sở Y tế [Trần Văn Z]", "Thủ tướng [Phạm Văn A]": a post (and its body) right before the name. */
    private PostAndOrg postBefore(List<CoreLabel> tokens, int left, Map<Integer, AgencyMention> agencyEndingAt) {
        // "Giám đốc Sở Kế hoạch và Đầu tư (KH&ĐT) Bạch Văn Thành": an abbreviation in brackets may stand between
        if (left >= 3 && tokens.get(left - 1).word().equals(")") && tokens.get(left - 3).word().equals("(")) {
            left -= 3;
        }
        AgencyMention agency = agencyEndingAt.get(left);
        int postEnd = agency != null ? agency.tokenStart() : left;
        for (int len = 4; len >= 1; len--) {
            int s = postEnd - len;
            if (s < 0) {
                continue;
            }
            PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, s);
            if (w != null && w.end() == postEnd && w.value().kind() == PeopleGazetteer.Kind.POST) {
                return new PostAndOrg(w.value().canonical(), agency == null ? null : agency.name(), s, left);
            }
        }
        return null;
    }

    /** ", Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh": the posts after a name; the last one is the title. */
    private Chunks chunksAfter(List<CoreLabel> tokens, int p, Map<Integer, AgencyMention> agencyAt) {
        PostAndOrg last = null;
        List<OfficialMention.Post> posts = new ArrayList<>();
        int end = p;
        if (p >= tokens.size() || !SEPARATORS.contains(tokens.get(p).word())) {
            return new Chunks(null, end, posts);
        }
        int sentence = tokens.get(p).sentIndex();
        p++;
        while (p < tokens.size() && tokens.get(p).sentIndex() == sentence) {
            PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, p);
            if (w == null) {
                break;
            }
            int q;
            if (w.value().kind() == PeopleGazetteer.Kind.MEMBERSHIP) {
                q = w.end();
                while (q < tokens.size() && tokens.get(q).sentIndex() == sentence
                        && !SEPARATORS.contains(tokens.get(q).word()) && !tokens.get(q).word().equals(")")
                        && !tokens.get(q).word().equals(";")) {
                    q++;
                }
            } else if (w.value().kind() == PeopleGazetteer.Kind.POST) {
                AgencyMention agency = agencyAt.get(w.end());
                q = agency != null ? agency.tokenEnd() : w.end();
                last = new PostAndOrg(w.value().canonical(), agency == null ? null : agency.name(), p, q);
                posts.add(new OfficialMention.Post(last.title, last.organization));
            } else {
                break;
            }
            end = q;
            if (q < tokens.size() && tokens.get(q).word().equals(")")) {
                end = q + 1;
                break;
            }
            if (q < tokens.size() && (tokens.get(q).word().equals(",")
                    || tokens.get(q).get(TokenKeys.Lower.class).equals("kiêm"))) {
                p = q + 1;
                continue;
            }
            break;
        }
        return new Chunks(last, end, posts);
    }

    private static List<Official> officials(List<OfficialMention> mentions, String text) {
        Map<String, List<Mention>> spans = new LinkedHashMap<>();
        Map<String, OfficialMention> first = new HashMap<>();
        for (OfficialMention m : mentions) {
            spans.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(Mention.of(text, m.start(), m.end()));
            if (m.full() && (first.get(m.name()) == null || first.get(m.name()).title() == null)) {
                first.put(m.name(), m);
            }
        }
        List<Official> officials = new ArrayList<>();
        spans.forEach((name, list) -> {
            OfficialMention m = first.get(name);
            if (m != null) {
                officials.add(new Official(name, m.title(), m.organization(), list));
            }
        });
        return officials;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FactKeys.OfficialMentions.class, FactKeys.Officials.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, FactKeys.AgencyMentions.class);
    }
}

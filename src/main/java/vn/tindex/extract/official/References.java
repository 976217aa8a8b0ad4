package vn.tindex.extract.official;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.text.TokenKeys;

/**
 * Resolves later references to people already named in full: "đồng chí" alone (the person last named, or the one
 * holding the post that follows it), "ông Quỳnh" (by the last syllable of the name), and a post written without a
 * name ("Phó Chủ tịch UBND tỉnh") when exactly one named person holds it.
 */
final class References {
    private final PeopleGazetteer people;
    private final List<CoreLabel> tokens;
    private final Map<Integer, AgencyMention> agencyAt;

    References(PeopleGazetteer people, List<CoreLabel> tokens, Map<Integer, AgencyMention> agencyAt) {
        this.people = people;
        this.tokens = tokens;
        this.agencyAt = agencyAt;
    }

    List<OfficialMention> resolve(List<OfficialMention> full) {
        List<OfficialMention> refs = new ArrayList<>();
        if (full.isEmpty()) {
            return refs;
        }
        boolean[] covered = new boolean[tokens.size()];
        for (OfficialMention m : full) {
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                covered[k] = true;
            }
        }
        OfficialMention lastResolved = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            PhraseTrie.Match<PeopleGazetteer.Word> w = people.words.longest(tokens, i);
            if (w == null) {
                continue;
            }
            OfficialMention target = null;
            int end = w.end();
            if (w.value().kind() == PeopleGazetteer.Kind.HONORIFIC) {
                String lower = tokens.get(i).get(TokenKeys.Lower.class);
                boolean comrade = lower.equals("đồng") || lower.equals("đ/c");
                PhraseTrie.Match<PeopleGazetteer.Word> post = people.words.longest(tokens, end);
                if (post != null && post.value().kind() == PeopleGazetteer.Kind.POST) {
                    AgencyMention org = agencyAt.get(post.end());
                    target = holder(full, post.value().canonical(), org == null ? null : org.name());
                    end = org != null ? org.tokenEnd() : post.end();
                } else if (end < tokens.size() && Character.isUpperCase(tokens.get(end).originalText().charAt(0))) {
                    target = byGivenName(full, tokens.get(end).word(), i);
                    end = target == null ? end : end + 1;
                } else if (comrade) {
                    target = lastBefore(full, i);
                    if (lastResolved != null && (target == null || lastResolved.tokenStart() > target.tokenStart())) {
                        target = lastResolved;
                    }
                }
            } else if (w.value().kind() == PeopleGazetteer.Kind.POST) {
                AgencyMention org = agencyAt.get(w.end());
                target = holder(full, w.value().canonical(), org == null ? null : org.name());
                end = org != null ? org.tokenEnd() : w.end();
            }
            if (target != null) {
                refs.add(new OfficialMention(tokens.get(i).beginPosition(), tokens.get(end - 1).endPosition(), i, end,
                        target.name(), target.title(), target.organization(), false, target.posts()));
                lastResolved = refs.get(refs.size() - 1);
                i = end - 1;
            }
        }
        return refs;
    }

    private static OfficialMention holder(List<OfficialMention> full, String title, String organization) {
        OfficialMention found = null;
        for (OfficialMention m : full) {
            if (m.holds(title, organization)) {
                if (found != null && !found.name().equals(m.name())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private static OfficialMention byGivenName(List<OfficialMention> full, String given, int before) {
        OfficialMention found = null;
        for (OfficialMention m : full) {
            if (m.tokenStart() < before && m.name().endsWith(" " + given)) {
                found = m;
            }
        }
        return found;
    }

    private static OfficialMention lastBefore(List<OfficialMention> full, int before) {
        OfficialMention found = null;
        for (OfficialMention m : full) {
            if (m.tokenStart() < before) {
                found = m;
            }
        }
        return found;
    }
}

package vn.tindex.extract.official;

/**
 * One mention of a person: a full one (name with post) or a later reference resolved to the person
 * ("đồng chí", "Phó Chủ tịch", "ông Quỳnh"). Token positions are document-level [tokenStart, tokenEnd).
 */
public record OfficialMention(int start, int end, int tokenStart, int tokenEnd, String name, String title,
                              String organization, boolean full, java.util.List<Post> posts) {
    /** A post the person holds, as its full mention wrote it: "Bí thư" of "Tỉnh ủy Lào Cai". */
    public record Post(String title, String organization) {}

    public OfficialMention {
        posts = posts == null ? java.util.List.of() : java.util.List.copyOf(posts);
    }

    /** Whether the person holds this post (of this body, when one is given). */
    public boolean holds(String postTitle, String postOrganization) {
        for (Post p : posts) {
            if (p.title().equals(postTitle) && (postOrganization == null || postOrganization.equals(p.organization()))) {
                return true;
            }
        }
        return false;
    }
}

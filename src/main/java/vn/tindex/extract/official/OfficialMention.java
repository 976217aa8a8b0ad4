package vn.tindex.extract.official;

/**
 * One mention of a person: a full one (name with post) or a later reference resolved to the person
 * ("đồng chí", "Phó Chủ tịch", "ông Quỳnh"). Token positions are document-level [tokenStart, tokenEnd).
 */
public record OfficialMention(int start, int end, int tokenStart, int tokenEnd, String name, String title,
                              String organization, boolean full) {}

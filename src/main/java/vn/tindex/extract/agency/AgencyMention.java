package vn.tindex.extract.agency;

/**
 * One mention of an agency in the text, resolved to its canonical name. Token positions are document-level
 * indices [tokenStart, tokenEnd); {@code head} is the body's canonical name without jurisdiction ("Sở Xây dựng").
 */
public record AgencyMention(int start, int end, int tokenStart, int tokenEnd, String name, String shortName,
                            String level, String head, boolean directing) {}

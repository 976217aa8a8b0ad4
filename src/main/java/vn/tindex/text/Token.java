package vn.tindex.text;

/** A syllable, number, abbreviation or punctuation mark with its span in the text. */
public record Token(String text, int start, int end, Kind kind) {
    /** What a token is; rules key on it. */
    public enum Kind { WORD, NUMBER, ABBREVIATION, DOCUMENT_NUMBER, URL, EMAIL, PUNCTUATION }
}

package vn.tindex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Vietnamese text into syllables and the genre's compound tokens, each with its offsets: dates and numbers
 * with Vietnamese separators ({@code 15/10/2020}, {@code 1.573,1}, {@code 187/187}, {@code 83,70%}), times
 * ({@code 14h30}), document numbers ({@code 788/QĐ-UBND}, {@code 880-QĐ/TU}), abbreviations with {@code &} and
 * {@code -} ({@code KH&ĐT}, {@code LĐ-TB&XH}), abbreviations with dots ({@code TP.}, {@code PGS.TS.}), URLs and
 * emails. Thread-safe.
 */
public final class Tokenizer {
    private static final String UPPER = "[\\p{Lu}]";
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])",
            "(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
            "(?<doc>\\d+(?:/\\d+)*[/-]" + UPPER + "[\\p{Lu}\\d&]*(?:[/-]" + UPPER + "[\\p{Lu}\\d&]*)*(?![\\p{L}]))",
            "(?<time>\\d{1,2}[hH](?:\\d{2})?(?![\\p{L}\\d]))",
            "(?<number>\\d+(?:[.,/:\\-–]\\d+)*%?)",
            "(?<dotted>(?:PGS\\.TS|GS\\.TS|Th\\.S|ThS|TS|PGS|GS|BS|KS|TP|Tp|TX|TT|Q|P|Đ/c|đ/c|v\\.v)\\.(?=\\s|$))",
            "(?<abbr>" + UPPER + "+(?:[&-]" + UPPER + "+)+(?![\\p{L}]))",
            "(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*)",
            "(?<signoff>\\./\\.)",
            "(?<ellipsis>\\.{2,}|…)",
            "(?<punct>\\S)"), Pattern.UNICODE_CHARACTER_CLASS);

    /** Tokens of {@code text} in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 1);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), kindOf(m)));
        }
        return tokens;
    }

    private static Token.Kind kindOf(Matcher m) {
        if (m.group("url") != null) {
            return Token.Kind.URL;
        }
        if (m.group("email") != null) {
            return Token.Kind.EMAIL;
        }
        if (m.group("doc") != null) {
            return Token.Kind.DOCUMENT_NUMBER;
        }
        if (m.group("time") != null || m.group("number") != null) {
            return Token.Kind.NUMBER;
        }
        if (m.group("dotted") != null || m.group("abbr") != null) {
            return Token.Kind.ABBREVIATION;
        }
        if (m.group("word") != null) {
            return Token.Kind.WORD;
        }
        return Token.Kind.PUNCTUATION;
    }
}

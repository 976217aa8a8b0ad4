package vn.tindex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Vietnamese text into syllables and the genre's compound tokens, each with its offsets: dates and numbers
 * with Vietnamese separators ({@code 15/10/2020}, {@code 1.573,1}, {@code 187/187}, {@code 83,70%}), times
 * ({@code 14h30}), document numbers ({@code 788/QĐ-UBND}, {@code 880-QĐ/TU}), abbreviations with {@code &} and
 * {@code -} ({@code KH&ĐT}, {@code LĐ-TB&XH}), abbreviations with dots ({@code TP.}, {@code PGS.TS.}, {@code Th.S},
 * {@code TS.BS}), URLs (also bare domains such as {@code langson.gov.vn}) and emails. Thread-safe.
 */
public final class Tokenizer {
    private static final String UPPER = "[\\p{Lu}]";
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])",
            "(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
            "(?<domain>(?<![\\w.@])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:vn|com|net|org|info|edu|gov)"
                    + "(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)\\]])?(?![\\w@]))",
            "(?<doc>\\d+(?:/\\d+)*[/-]" + UPPER + "[\\p{Lu}\\d&]*(?:[/-]" + UPPER + "[\\p{Lu}\\d&]*)*(?![\\p{L}]))",
            "(?<time>\\d{1,2}[hH](?:\\d{2})?(?![\\p{L}\\d]))",
            "(?<number>\\d+(?:[.,/:\\-–]\\d+)*%?)",
            "(?<dotted>(?:PGS\\.TS|GS\\.TS|Th\\.S|ThS|TS|PGS|GS|BS|KS|TP|Tp|TX|TT|Q|P|Đ/c|đ/c|v\\.v)\\.(?=\\s|$))",
            "(?<title>(?:PGS|GS|TS|ThS|Th|BS|KS|DS)(?:\\.(?:TSKH|TS|ThS|S|BS|CKII|CKI|KS|DS))+\\.?(?![\\p{L}\\d]))",
            "(?<abbr>" + UPPER + "+(?:[&-]" + UPPER + "+)+(?![\\p{L}]))",
            "(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*)",
            "(?<signoff>\\./\\.)",
            "(?<ellipsis>\\.{2,}|…)",
            "(?<punct>\\S)"), Pattern.UNICODE_CHARACTER_CLASS);

    /** Punctuation that no compound token starts with: a token of its own. */
    private static final String LONE_PUNCT = ",;:()\"“”!?";
    /** What may follow a plain word, so that no compound pattern can be reaching past it. */
    private static final String AFTER_WORD = ",;()\"“”!?'…";

    /** Tokens of {@code text} in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 1);
        Matcher m = TOKEN.matcher(text);
        m.useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWhite(c)) {
                i++;
                continue;
            }
            // Fast paths for what most of a text is: plain syllables and lone punctuation. They give exactly what
            // the pattern gives, which is tried for everything else (numbers, abbreviations, URLs, dots).
            if (isLetterOrMark(c)) {
                int j = i + 1;
                while (j < n && (isLetterOrMark(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
                    j++;
                }
                if (plainWordEnd(text, i, j)) {
                    tokens.add(new Token(text.substring(i, j), i, j, Token.Kind.WORD));
                    i = j;
                    continue;
                }
            } else if (LONE_PUNCT.indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.PUNCTUATION));
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                tokens.add(new Token(m.group(), m.start(), m.end(), kindOf(m)));
                i = m.end();
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** True when the letters {@code [i, j)} can only be a plain word, judging by what follows them. */
    private static boolean plainWordEnd(String text, int i, int j) {
        if (j == text.length()) {
            return true;
        }
        char next = text.charAt(j);
        if (isWhite(next) || AFTER_WORD.indexOf(next) >= 0) {
            return true;
        }
        // "đồng." ends a word; "TP.", "Q.", "v.v." and "langson.gov.vn" do not
        return next == '.' && Character.isLowerCase(text.charAt(i)) && !(j - i == 1 && text.charAt(i) == 'v')
                && (j + 1 == text.length() || isWhite(text.charAt(j + 1)));
    }

    private static boolean isLetterOrMark(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Unicode White_Space, as the pattern's \\s sees it. */
    private static boolean isWhite(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static Token.Kind kindOf(Matcher m) {
        if (m.group("url") != null || m.group("domain") != null) {
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
        if (m.group("dotted") != null || m.group("title") != null || m.group("abbr") != null) {
            return Token.Kind.ABBREVIATION;
        }
        if (m.group("word") != null) {
            return Token.Kind.WORD;
        }
        return Token.Kind.PUNCTUATION;
    }
}

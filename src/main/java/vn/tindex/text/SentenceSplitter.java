package vn.tindex.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries for the genre: every paragraph or line break ends a sentence (caption lines and bylines have
 * no final punctuation), and inside a line {@code . ! ? …} and the {@code ./.} sign-off end one when the next token
 * starts a new sentence; a closing quotation mark or bracket right after the mark goes with the sentence it closes
 * ({@code “… ngay.” Ông nói}). Abbreviations ({@code TP.}, {@code PGS.TS.}, {@code Th.S}), numbers ({@code 1.573,1})
 * and dates ({@code 15.10.2020}) are single tokens, so their dots never split; nor does the dot of a list number at
 * the start of a line ({@code 1. Về nhiệm vụ}).
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "\"”’')]»";

    /** Sentences as [first token, last token + 1) ranges. */
    public List<int[]> split(String text, List<Token> tokens) {
        List<int[]> sentences = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(text, tokens, i, begin)) {
                sentences.add(new int[] {begin, i + 1});
                begin = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i, int begin) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (lineBreakBetween(text, t.end(), next.start())) {
            return true;
        }
        int mark = i;
        if (isCloser(t) && i > begin && tokens.get(i - 1).end() == t.start()) {
            mark = i - 1; // “… ngay.” Ông nói: the quote closes the sentence that the dot ended
        }
        String s = tokens.get(mark).text();
        boolean terminal = s.equals(".") || s.equals("!") || s.equals("?") || s.equals("./.")
                || s.equals("…") || s.startsWith("..");
        if (!terminal || next.start() == t.end()) {
            return false;
        }
        if (s.equals(".") && mark == begin + 1 && tokens.get(begin).kind() == Token.Kind.NUMBER
                && startsLine(text, tokens.get(begin).start())) {
            return false; // "1. Về nhiệm vụ ..." is a list number, not a sentence
        }
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '-'
                || c == '–';
    }

    private static boolean isCloser(Token t) {
        return t.text().length() == 1 && CLOSERS.indexOf(t.text().charAt(0)) >= 0;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLine(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}

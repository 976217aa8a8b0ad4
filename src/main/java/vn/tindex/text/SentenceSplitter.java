package vn.tindex.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries for the genre: every paragraph or line break ends a sentence (caption lines and bylines have
 * no final punctuation), and inside a line {@code . ! ? …} and the {@code ./.} sign-off end one when the next token
 * starts a new sentence. Abbreviations ({@code TP.}), numbers ({@code 1.573,1}) and dates ({@code 15.10.2020}) are
 * single tokens, so their dots never split.
 */
public final class SentenceSplitter {

    /** Sentences as [first token, last token + 1) ranges. */
    public List<int[]> split(String text, List<Token> tokens) {
        List<int[]> sentences = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(text, tokens, i)) {
                sentences.add(new int[] {begin, i + 1});
                begin = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (text.substring(t.end(), next.start()).indexOf('\n') >= 0) {
            return true;
        }
        String s = t.text();
        boolean terminal = s.equals(".") || s.equals("!") || s.equals("?") || s.equals("./.")
                || s.equals("…") || s.startsWith("..");
        if (!terminal || next.start() == t.end()) {
            return false;
        }
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '-';
    }
}

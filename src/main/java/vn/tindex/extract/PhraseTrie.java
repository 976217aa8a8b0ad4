package vn.tindex.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import vn.tindex.text.TokenKeys;
import vn.tindex.text.ToneMarks;
import vn.tindex.text.Token;
import vn.tindex.text.Tokenizer;

/**
 * Longest-match lookup of gazetteer phrases over tokens, compared in the canonical lower-case spelling. Built once
 * at start-up; read-only afterwards, so safe to share across threads.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    /** A match: the phrase covers tokens [start, end). */
    public record Match<V>(int start, int end, V value) {}

    /** The canonical lower-case key of a phrase as written (either tone convention, NFC or not). */
    public static String key(String phrase) {
        return ToneMarks.canonical(Normalizer.normalize(phrase, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    /** Adds a phrase; a phrase added twice keeps its first value. */
    public void add(String phrase, V value) {
        merge(phrase, value, (first, second) -> first);
    }

    /** Adds a phrase; a phrase added twice gets {@code combine} of the value it has and the new one. */
    public void merge(String phrase, V value, BinaryOperator<V> combine) {
        Node<V> node = root;
        String written = ToneMarks.canonical(Normalizer.normalize(phrase, Normalizer.Form.NFC));
        for (Token t : TOKENIZER.tokenize(written)) {
            node = node.next.computeIfAbsent(t.text().toLowerCase(Locale.ROOT), k -> new Node<>());
        }
        if (node != root) {
            node.value = node.value == null ? value : combine.apply(node.value, value);
        }
    }

    /** The longest phrase starting at token {@code start}, or null. */
    public Match<V> longest(List<CoreLabel> tokens, int start) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).get(TokenKeys.Lower.class));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(start, i + 1, node.value);
            }
        }
        return best;
    }
}

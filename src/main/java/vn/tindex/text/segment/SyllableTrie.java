package vn.tindex.text.segment;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Multi-syllable entries (lower case, canonical tone marks) as a trie over syllables, so that every entry starting at
 * a position is found with one hash lookup per syllable and no string building. Built once, then read-only.
 */
final class SyllableTrie implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        private Map<String, Node> children;
        private boolean entry;
    }

    private final Node root = new Node();
    private int maxLength;
    private int size;

    /** Adds an entry of two or more syllables; shorter ones are ignored (a syllable alone says nothing here). */
    void add(String[] syllables) {
        if (syllables.length < 2) {
            return;
        }
        Node node = root;
        for (String s : syllables) {
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(s, k -> new Node());
        }
        if (!node.entry) {
            node.entry = true;
            size++;
        }
        maxLength = Math.max(maxLength, syllables.length);
    }

    int size() {
        return size;
    }

    /**
     * The lengths of the entries that start at {@code start} in {@code keys}, as a bit set (bit n set: an entry of n
     * syllables). Entries longer than 31 syllables are not reported.
     */
    int matchesAt(String[] keys, int start) {
        int found = 0;
        Node node = root;
        for (int j = start; j < keys.length && j - start < 31; j++) {
            if (node.children == null) {
                break;
            }
            node = node.children.get(keys[j]);
            if (node == null) {
                break;
            }
            if (node.entry) {
                found |= 1 << (j - start + 1);
            }
        }
        return found;
    }

    boolean contains(String... syllables) {
        return syllables.length >= 2 && (matchesAt(syllables, 0) & (1 << syllables.length)) != 0;
    }
}

package vn.tindex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import vn.tindex.extract.PhraseTrie;

/** How facts are compared: names in one tone convention, NFC, lower case, single spaces; numbers as written. */
final class FactKey {
    private FactKey() {}

    static String name(String s) {
        return s == null ? "∅" : PhraseTrie.key(s).replaceAll("\\s+", " ").strip();
    }

    static String name(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "∅" : name(v.asText());
    }

    static String number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "∅" : String.valueOf(v.asLong());
    }
}

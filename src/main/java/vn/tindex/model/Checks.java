package vn.tindex.model;

/** Argument checks shared by the records: strict with callers, naming the bad parameter. */
final class Checks {
    private Checks() {}

    static void span(int start, int end, String text) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("text does not fit span [" + start + "," + end + "): " + text);
        }
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> java.util.List<T> list(java.util.List<T> values) {
        return values == null ? java.util.List.of() : java.util.List.copyOf(values);
    }
}

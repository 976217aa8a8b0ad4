package vn.tindex.model;

/**
 * A temporal expression. {@code value} is normalized as the contract says ({@code 2020-10-15}, {@code 2020-Q3},
 * {@code 2020-01/2020-09}, {@code P3M}, ...), or null when the year cannot be known. {@code rule} names the rule
 * that found it (evidence).
 */
public record DateFact(String text, int start, int end, String type, String value, String partOfDay, String rule) {
    public DateFact {
        Checks.span(start, end, text);
        Checks.required(type, "type");
    }
}

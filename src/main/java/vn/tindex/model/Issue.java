package vn.tindex.model;

/** A problem with one input (a file, a JSON line, a page): reported, and the batch goes on. */
public record Issue(String input, String reason) {
    public Issue {
        Checks.required(input, "input");
        Checks.required(reason, "reason");
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}

package vn.tindex.model;

/** An instruction given by {@code speaker} to {@code addressee}; {@code text} is the supporting sentence(s). */
public record Directive(String speaker, String speakerTitle, String verb, String addressee, String content,
                        String text, int start, int end) {
    public Directive {
        Checks.span(start, end, text);
        Checks.required(verb, "verb");
    }
}

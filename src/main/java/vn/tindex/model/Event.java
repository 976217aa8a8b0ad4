package vn.tindex.model;

import java.util.List;

/** The meeting, visit or conference an article reports. */
public record Event(String type, String date, String chair, List<String> agencies, String text) {
    public Event {
        Checks.required(type, "type");
        agencies = Checks.list(agencies);
    }
}

package vn.tindex.model;

import java.util.List;

/** The extraction record of one article: the JSON Lines contract, field for field. */
public record ArticleRecord(String id, String url, String site, String title, String published, String author,
                            String province, String text, List<DateFact> dates, List<Official> officials,
                            List<Agency> agencies, List<TaskCount> taskCounts, List<Directive> directives,
                            List<Event> events) {
    public ArticleRecord {
        Checks.required(id, "id");
        dates = Checks.list(dates);
        officials = Checks.list(officials);
        agencies = Checks.list(agencies);
        taskCounts = Checks.list(taskCounts);
        directives = Checks.list(directives);
        events = Checks.list(events);
    }
}

package vn.tindex.index;

import static vn.tindex.index.ArticleDocuments.facet;
import static vn.tindex.index.ArticleDocuments.keyword;
import static vn.tindex.index.ArticleDocuments.stored;
import static vn.tindex.index.IndexSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/**
 * One Lucene document per fact, so facts are searched and faceted directly ("task counts of Sở Xây dựng tỉnh Lạng
 * Sơn in 2020", "directives by Lương Trọng Quỳnh"). A fact document uses the article's field names for what it
 * shares with it (text, agency, official, post, province, kind, year, date), so one query language serves both;
 * its text is its evidence sentence, its year and date its own when it names one, else the article's.
 */
final class FactDocuments {
    /** Stored on fact documents: the article's title, for showing a fact without loading its article. */
    static final String ARTICLE_TITLE = "article_title";
    /** Stored: the fact's kind and its span in the article's text ({@link FactKind#span}). */
    static final String FACT_KIND = "fact_kind";
    static final String FACT_START = "fact_start";
    static final String FACT_END = "fact_end";

    /** What one fact contributes to the shared fields. */
    private static final class Fields {
        final Set<String> agencies = new LinkedHashSet<>();
        final Set<String> officials = new LinkedHashSet<>();
        final Set<String> posts = new LinkedHashSet<>();
        final Set<String> by = new LinkedHashSet<>();
        final Set<String> to = new LinkedHashSet<>();
        String text;
        String dateValue; // a dates[].value-like string naming the fact's own time, or null
        Long count;
    }

    List<Document> toDocuments(ArticleRecord r) {
        Map<String, Agency> agencies = new HashMap<>();
        r.agencies().forEach(a -> agencies.put(IndexSchema.key(a.name()), a));
        Set<String> officialKeys = new LinkedHashSet<>();
        r.officials().forEach(o -> officialKeys.add(IndexSchema.key(o.name())));
        OptionalInt articleYear = RecordDates.year(r);
        Optional<LocalDate> articleDay = RecordDates.day(r);

        List<Document> docs = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            List<?> facts = kind.of(r);
            for (int i = 0; i < facts.size(); i++) {
                Object fact = facts.get(i);
                Fields f = fields(kind, fact, officialKeys);
                docs.add(document(r, kind, i, fact, f, agencies, articleYear, articleDay));
            }
        }
        return docs;
    }

    private static Fields fields(FactKind kind, Object fact, Set<String> officialKeys) {
        Fields f = new Fields();
        switch (kind) {
            case DATE -> {
                DateFact d = (DateFact) fact;
                f.text = d.text();
                f.dateValue = d.value();
            }
            case OFFICIAL -> {
                Official o = (Official) fact;
                f.text = FactLabels.joinWith(", ", o.name(), o.title(), o.organization());
                f.officials.add(o.name());
                add(f.posts, o.title());
                add(f.agencies, o.organization());
            }
            case AGENCY -> {
                Agency a = (Agency) fact;
                f.text = FactLabels.joinWith(", ", a.name(), a.shortName());
                f.agencies.add(a.name());
            }
            case TASKCOUNT -> {
                TaskCount t = (TaskCount) fact;
                f.text = t.text();
                f.count = t.count();
                f.dateValue = t.period();
                add(f.agencies, t.assignee());
                add(f.agencies, t.assignedBy());
                add(f.by, t.assignedBy());
                add(f.to, t.assignee());
            }
            case DIRECTIVE -> {
                Directive d = (Directive) fact;
                f.text = d.text();
                if (d.speaker() != null && officialKeys.contains(IndexSchema.key(d.speaker()))) {
                    f.officials.add(d.speaker());
                    add(f.posts, d.speakerTitle());
                } else {
                    add(f.agencies, d.speaker());
                }
                add(f.agencies, d.addressee());
                add(f.by, d.speaker());
                add(f.to, d.addressee());
            }
            case EVENT -> {
                Event e = (Event) fact;
                f.text = FactLabels.joinWith(": ", e.type(), e.text());
                f.dateValue = e.date();
                add(f.officials, e.chair());
                add(f.by, e.chair());
                e.agencies().forEach(a -> add(f.agencies, a));
            }
        }
        return f;
    }

    private static Document document(ArticleRecord r, FactKind kind, int index, Object fact, Fields f,
                                     Map<String, Agency> agencies, OptionalInt articleYear,
                                     Optional<LocalDate> articleDay) {
        Document doc = new Document();
        doc.add(new StringField(DOCTYPE, DOCTYPE_FACT, Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, r.id(), Field.Store.YES));
        doc.add(new StoredField(FACT_INDEX, index));
        doc.add(new StoredField(FACT_KIND, kind.shortName()));
        Mention span = kind.span(fact, r.text());
        if (span != null) {
            doc.add(new StoredField(FACT_START, span.start()));
            doc.add(new StoredField(FACT_END, span.end()));
        }
        try {
            doc.add(new StoredField(FACT_JSON, RecordJson.mapper().writeValueAsString(fact)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + kind.shortName() + " of " + r.id(), e);
        }
        stored(doc, ARTICLE_TITLE, r.title());
        stored(doc, PUBLISHED, r.published());
        String text = f.text == null ? "" : f.text;
        doc.add(new Field(FACT_TEXT, text, ArticleDocuments.ANALYZED_STORED));
        doc.add(new Field(FACT_TEXT_FOLDED, text, ArticleDocuments.ANALYZED));

        keyword(doc, KIND, kind.shortName());
        facet(doc, FACET_KIND, kind.shortName());
        for (String name : f.agencies) {
            keyword(doc, AGENCY_KEY, IndexSchema.key(name));
            Agency agency = agencies.get(IndexSchema.key(name));
            if (agency != null) {
                keyword(doc, AGENCY_SHORT_KEY, IndexSchema.key(agency.shortName()));
            }
            facet(doc, FACET_AGENCY, name);
        }
        for (String name : f.officials) {
            keyword(doc, OFFICIAL_KEY, IndexSchema.key(name));
            facet(doc, FACET_OFFICIAL, name);
        }
        for (String post : f.posts) {
            keyword(doc, POST_KEY, IndexSchema.key(post));
            facet(doc, FACET_POST, post);
        }
        f.by.forEach(name -> keyword(doc, BY_KEY, IndexSchema.key(name)));
        f.to.forEach(name -> keyword(doc, TO_KEY, IndexSchema.key(name)));
        keyword(doc, PROVINCE_KEY, IndexSchema.provinceKey(r.province()));
        facet(doc, FACET_PROVINCE, r.province());

        OptionalInt ownYear = RecordDates.parseYear(f.dateValue);
        OptionalInt year = ownYear.isPresent() ? ownYear : articleYear;
        if (year.isPresent()) {
            doc.add(new IntPoint(YEAR, year.getAsInt()));
            doc.add(new NumericDocValuesField(FACT_YEAR_DV, year.getAsInt()));
            facet(doc, FACET_YEAR, Integer.toString(year.getAsInt()));
        }
        Optional<LocalDate> ownDay = RecordDates.parseDay(f.dateValue);
        Optional<LocalDate> day = ownDay.isPresent() ? ownDay : articleDay;
        day.ifPresent(d -> {
            doc.add(new LongPoint(DATE, d.toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, d.toEpochDay()));
        });
        if (kind == FactKind.EVENT) {
            ownDay.ifPresent(d -> doc.add(new LongPoint(MEETING_DAY, d.toEpochDay())));
        }
        RecordDates.parseDay(r.published()).ifPresent(d -> doc.add(new LongPoint(PUBLISHED_DAY, d.toEpochDay())));
        if (f.count != null) {
            doc.add(new NumericDocValuesField(FACT_COUNT, f.count));
            String status = ((TaskCount) fact).status();
            doc.add(new SortedDocValuesField(FACT_STATUS, new BytesRef(status == null ? "" : status)));
        }
        return doc;
    }

    private static void add(Set<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value.strip());
        }
    }
}

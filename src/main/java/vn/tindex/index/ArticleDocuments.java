package vn.tindex.index;

import static vn.tindex.index.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/**
 * Turns an {@link ArticleRecord} into its block of Lucene documents: one per fact ({@link FactDocuments}), then the
 * article itself. Every document of the block carries {@link IndexSchema#ARTICLE_ID}. Thread-safe.
 */
final class ArticleDocuments {
    /** Analyzed with positions and offsets, so phrases and the UnifiedHighlighter work from the postings. */
    static final FieldType ANALYZED_STORED = analyzed(true);
    static final FieldType ANALYZED = analyzed(false);

    /** A keyword whose repetitions are counted (term frequency), without norms. */
    static final FieldType KEYWORD_COUNTED = keywordCounted();

    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final FactDocuments facts = new FactDocuments();
    private final WordSegmenter segmenter;

    ArticleDocuments(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    private static FieldType analyzed(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType keywordCounted() {
        FieldType type = new FieldType();
        type.setTokenized(false);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** The facts' documents, then the article's (last, as Lucene's block join expects of a parent). */
    List<Document> toBlock(ArticleRecord r) throws IOException {
        List<Document> block = new ArrayList<>();
        for (Document fact : facts.toDocuments(r)) {
            block.add(facetsConfig.build(fact));
        }
        block.add(toDocument(r));
        return block;
    }

    Document toDocument(ArticleRecord r) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(DOCTYPE, DOCTYPE_ARTICLE, Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, r.id(), Field.Store.YES));
        doc.add(new StringField(ID, r.id(), Field.Store.YES));
        stored(doc, URL, r.url());
        stored(doc, SITE, r.site());
        stored(doc, PUBLISHED, r.published());
        stored(doc, AUTHOR, r.author());
        stored(doc, PROVINCE, r.province());
        doc.add(new StoredField(RECORD, RecordJson.toLine(r)));

        if (r.title() != null) {
            doc.add(new Field(TITLE, r.title(), ANALYZED_STORED));
            doc.add(new Field(TITLE_FOLDED, r.title(), ANALYZED));
        }
        String text = r.text() == null ? "" : r.text();
        doc.add(new Field(TEXT, text, ANALYZED_STORED));
        doc.add(new Field(TEXT_FOLDED, text, ANALYZED));
        for (String word : WordTerms.terms(segmenter, text)) {
            doc.add(new Field(TEXT_WORDS, word, KEYWORD_COUNTED));
        }

        Set<String> agencies = new LinkedHashSet<>();
        for (Agency agency : r.agencies()) {
            agencies.add(agency.name());
            keyword(doc, AGENCY_NAME, agency.name());
            keyword(doc, AGENCY_KEY, IndexSchema.key(agency.name()));
            keyword(doc, AGENCY_SHORT, agency.shortName());
            keyword(doc, AGENCY_SHORT_KEY, IndexSchema.key(agency.shortName()));
            for (int i = 0; i < Math.max(1, agency.mentions().size()); i++) {
                doc.add(new Field(AGENCY_MENTION, IndexSchema.key(agency.name()), KEYWORD_COUNTED));
                if (agency.shortName() != null) {
                    doc.add(new Field(AGENCY_MENTION, IndexSchema.key(agency.shortName()), KEYWORD_COUNTED));
                }
            }
        }
        Set<String> officials = new LinkedHashSet<>();
        Set<String> posts = new LinkedHashSet<>();
        for (Official official : r.officials()) {
            officials.add(official.name());
            keyword(doc, OFFICIAL_NAME, official.name());
            keyword(doc, OFFICIAL_KEY, IndexSchema.key(official.name()));
            if (official.title() != null && !official.title().isBlank()) {
                posts.add(official.title().strip());
                keyword(doc, POST_KEY, IndexSchema.key(official.title()));
            }
        }
        keyword(doc, PROVINCE_NAME, r.province());
        keyword(doc, PROVINCE_KEY, IndexSchema.provinceKey(r.province()));
        roles(doc, r);

        List<String> kinds = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            if (!kind.of(r).isEmpty()) {
                kinds.add(kind.shortName());
                keyword(doc, KIND, kind.shortName());
            }
        }

        agencies.forEach(name -> facet(doc, FACET_AGENCY, name));
        officials.forEach(name -> facet(doc, FACET_OFFICIAL, name));
        posts.forEach(post -> facet(doc, FACET_POST, post));
        facet(doc, FACET_PROVINCE, r.province());
        kinds.forEach(kind -> facet(doc, FACET_KIND, kind));
        OptionalInt year = RecordDates.year(r);
        if (year.isPresent()) {
            facet(doc, FACET_YEAR, Integer.toString(year.getAsInt()));
            doc.add(new IntPoint(YEAR, year.getAsInt()));
        }
        Optional<LocalDate> day = RecordDates.day(r);
        day.ifPresent(d -> {
            doc.add(new LongPoint(DATE, d.toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, d.toEpochDay()));
            facet(doc, FACET_MONTH, d.toString().substring(0, 7));
        });
        RecordDates.parseDay(r.published()).ifPresent(d -> doc.add(new LongPoint(PUBLISHED_DAY, d.toEpochDay())));
        Set<LocalDate> meetings = new LinkedHashSet<>();
        for (Event event : r.events()) {
            RecordDates.parseDay(event.date()).ifPresent(meetings::add);
        }
        meetings.forEach(d -> doc.add(new LongPoint(MEETING_DAY, d.toEpochDay())));
        return facetsConfig.build(doc);
    }

    /** Who gives and who receives the article's directives, task counts and events. */
    private static void roles(Document doc, ArticleRecord r) {
        Set<String> by = new LinkedHashSet<>();
        Set<String> to = new LinkedHashSet<>();
        for (TaskCount t : r.taskCounts()) {
            by.add(IndexSchema.key(t.assignedBy()));
            to.add(IndexSchema.key(t.assignee()));
        }
        for (Directive d : r.directives()) {
            by.add(IndexSchema.key(d.speaker()));
            to.add(IndexSchema.key(d.addressee()));
        }
        for (Event e : r.events()) {
            by.add(IndexSchema.key(e.chair()));
        }
        by.forEach(key -> keyword(doc, BY_KEY, key));
        to.forEach(key -> keyword(doc, TO_KEY, key));
    }

    static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
        }
    }
}

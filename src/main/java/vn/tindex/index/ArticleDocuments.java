package vn.tindex.index;

import static vn.tindex.index.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
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
import vn.tindex.model.Official;

/** Turns an {@link ArticleRecord} into the Lucene document of the index schema. Thread-safe. */
final class ArticleDocuments {
    /** Analyzed with positions and offsets, so phrases and the UnifiedHighlighter work from the postings. */
    private static final FieldType ANALYZED_STORED = analyzed(true);
    private static final FieldType ANALYZED = analyzed(false);

    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();

    private static FieldType analyzed(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** A keyword whose repetitions are counted (term frequency), without norms. */
    private static final FieldType MENTION_COUNTED = mentionCounted();

    private static FieldType mentionCounted() {
        FieldType type = new FieldType();
        type.setTokenized(false);
        type.setOmitNorms(true);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    Document toDocument(ArticleRecord r) throws IOException {
        Document doc = new Document();
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

        Set<String> agencies = new LinkedHashSet<>();
        for (Agency agency : r.agencies()) {
            agencies.add(agency.name());
            keyword(doc, AGENCY_NAME, agency.name());
            keyword(doc, AGENCY_KEY, IndexSchema.key(agency.name()));
            keyword(doc, AGENCY_SHORT, agency.shortName());
            keyword(doc, AGENCY_SHORT_KEY, IndexSchema.key(agency.shortName()));
            for (int i = 0; i < Math.max(1, agency.mentions().size()); i++) {
                doc.add(new Field(AGENCY_MENTION, IndexSchema.key(agency.name()), MENTION_COUNTED));
                if (agency.shortName() != null) {
                    doc.add(new Field(AGENCY_MENTION, IndexSchema.key(agency.shortName()), MENTION_COUNTED));
                }
            }
        }
        Set<String> officials = new LinkedHashSet<>();
        for (Official official : r.officials()) {
            officials.add(official.name());
            keyword(doc, OFFICIAL_NAME, official.name());
            keyword(doc, OFFICIAL_KEY, IndexSchema.key(official.name()));
        }
        keyword(doc, PROVINCE_NAME, r.province());
        keyword(doc, PROVINCE_KEY, IndexSchema.provinceKey(r.province()));

        agencies.forEach(name -> facet(doc, FACET_AGENCY, name));
        officials.forEach(name -> facet(doc, FACET_OFFICIAL, name));
        facet(doc, FACET_PROVINCE, r.province());
        OptionalInt year = RecordDates.year(r);
        if (year.isPresent()) {
            facet(doc, FACET_YEAR, Integer.toString(year.getAsInt()));
        }
        RecordDates.day(r).map(LocalDate::toEpochDay).ifPresent(day -> {
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
        });
        return facetsConfig.build(doc);
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
        }
    }
}

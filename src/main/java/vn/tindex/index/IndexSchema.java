package vn.tindex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The field names of the article index and the pieces both the writer and the searcher need: the per-field
 * analyzer, the facet configuration and the folded keys used by the keyword filters.
 */
public final class IndexSchema {
    // Stored (and, for id/title/text, indexed) fields.
    public static final String ID = "id";
    public static final String URL = "url";
    public static final String SITE = "site";
    public static final String TITLE = "title";
    public static final String PUBLISHED = "published";
    public static final String AUTHOR = "author";
    public static final String PROVINCE = "province";
    public static final String TEXT = "text";
    /** The whole record as one JSON line ({@code RecordJson.toLine}). */
    public static final String RECORD = "record";

    // Analyzed copies with diacritics folded; not stored.
    public static final String TITLE_FOLDED = "title_folded";
    public static final String TEXT_FOLDED = "text_folded";
    /**
     * A fact's evidence text, exact and folded, in fields of their own: the article fields' postings then hold
     * articles only, so article searches do not wade through the (thirty times more) fact documents.
     */
    public static final String FACT_TEXT = "fact_text";
    public static final String FACT_TEXT_FOLDED = "fact_text_folded";

    // Keyword fields for filters: exact values and folded keys ({@link #key}).
    public static final String AGENCY_NAME = "agency_name";
    public static final String AGENCY_SHORT = "agency_short";
    public static final String AGENCY_KEY = "agency_key";
    public static final String AGENCY_SHORT_KEY = "agency_short_key";
    /** One term per mention (canonical and short key), so an agency filter ranks articles about the agency first. */
    public static final String AGENCY_MENTION = "agency_mention";
    public static final String OFFICIAL_NAME = "official_name";
    public static final String OFFICIAL_KEY = "official_key";
    public static final String PROVINCE_NAME = "province_name";
    public static final String PROVINCE_KEY = "province_key";

    /** Folded keys of officials' posts ({@code pho chu tich}). */
    public static final String POST_KEY = "post_key";
    /** Fact kinds: on an article every kind it has a fact of, on a fact document its own kind. */
    public static final String KIND = "kind_key";
    /**
     * Folded keys of who gives (speaker, assigning agency, chair) and who receives (addressee, assignee) a
     * directive, task count or event: agency or official names.
     */
    public static final String BY_KEY = "by_key";
    public static final String TO_KEY = "to_key";

    /** Epoch day of the article's date (published, else event date): a LongPoint and a numeric doc value. */
    public static final String DATE = "date";
    /** Epoch day of publication (LongPoint). */
    public static final String PUBLISHED_DAY = "published_day";
    /** Epoch days of the meetings and visits the article reports (LongPoint, one per event with a day). */
    public static final String MEETING_DAY = "meeting_day";
    /** The year of {@link RecordDates#year} (IntPoint); for a fact, the year it refers to. */
    public static final String YEAR = "year_point";
    /** Word-level terms (syllables of one word joined by '_', folded) from a {@link WordSegmenter}; not stored. */
    public static final String TEXT_WORDS = "text_words";

    /** {@code article} or {@code fact}: each article is a block of its fact documents followed by itself. */
    public static final String DOCTYPE = "doctype";
    public static final String DOCTYPE_ARTICLE = "article";
    public static final String DOCTYPE_FACT = "fact";
    /** The article id on the article and on each of its facts: one term replaces or deletes the whole block. */
    public static final String ARTICLE_ID = "article_id";

    // Stored fields of fact documents.
    /** The fact as JSON, in the form of the record's arrays. */
    public static final String FACT_JSON = "fact_json";
    /** The fact's position in its kind's array of the record ({@code directives[1]}). */
    public static final String FACT_INDEX = "fact_index";
    /** A task count's count (numeric doc value), for sums. */
    public static final String FACT_COUNT = "fact_count";
    /** A task count's status (sorted doc value, "" when unknown), for sums by status. */
    public static final String FACT_STATUS = "fact_status";
    /** The fact's year as a numeric doc value, for sums over time. */
    public static final String FACT_YEAR_DV = "fact_year";

    /** Commit user-data key for the schema version; an index without it was built before facts were indexed. */
    public static final String SCHEMA_KEY = "tindex.schema";
    public static final String SCHEMA_VERSION = "3";

    // Facet dimensions (kept in Lucene's $facets field, so they do not clash with the fields above).
    public static final String FACET_AGENCY = "agency";
    public static final String FACET_OFFICIAL = "official";
    public static final String FACET_POST = "post";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_YEAR = "year";
    public static final String FACET_KIND = "kind";
    /** {@code yyyy-MM} of the article's date, for the timeline (articles only). */
    public static final String FACET_MONTH = "month";
    /** The dimensions a search returns counts for, in this order (articles and facts alike). */
    public static final List<String> FACET_DIMS =
            List.of(FACET_AGENCY, FACET_OFFICIAL, FACET_POST, FACET_PROVINCE, FACET_YEAR, FACET_KIND);

    private static final VietAnalyzer EXACT = VietAnalyzer.exact();
    private static final VietAnalyzer FOLDED = VietAnalyzer.folded();
    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(EXACT,
            Map.of(TITLE_FOLDED, FOLDED, TEXT_FOLDED, FOLDED, FACT_TEXT_FOLDED, FOLDED));

    private IndexSchema() {}

    /** Exact analyzer for title/text, folded for their {@code _folded} copies. */
    public static Analyzer analyzer() {
        return PER_FIELD;
    }

    /** A new facet configuration: agency and official hold several values per article. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_AGENCY, true);
        config.setMultiValued(FACET_OFFICIAL, true);
        config.setMultiValued(FACET_POST, true);
        config.setMultiValued(FACET_KIND, true);
        return config;
    }

    /**
     * The folded form used to compare names: tokens of the folded analyzer joined by one space.
     * {@code "Sở  Xây dựng"} and {@code "so xay dung"} both give {@code "so xay dung"}; null gives "".
     */
    public static String key(String value) {
        return String.join(" ", foldedTokens(value));
    }

    /** The tokens of the folded analyzer: {@code "Nhiệm vụ, trọng tâm"} gives [nhiem, vu, trong, tam]. */
    static List<String> foldedTokens(String value) {
        return tokens(FOLDED, TEXT_FOLDED, value);
    }

    /** The tokens of the exact analyzer: {@code "Uỷ ban"} gives [ủy, ban]. */
    static List<String> exactTokens(String value) {
        return tokens(EXACT, TEXT, value);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze " + value, e); // a String reader does not fail
        }
        return tokens;
    }

    /** The province key without a leading "tỉnh"/"thành phố", so "tỉnh Lạng Sơn" finds "Lạng Sơn". */
    static String provinceKey(String value) {
        String key = key(value);
        for (String prefix : new String[] {"tinh ", "thanh pho ", "tp "}) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }
}

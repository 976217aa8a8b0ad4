package vn.tindex.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.time.LocalDate;
import java.util.List;
import vn.tindex.extract.agency.AgencyMention;
import vn.tindex.extract.official.OfficialMention;
import vn.tindex.model.Agency;
import vn.tindex.model.Article;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/** Typed document keys: what each extraction annotator reads and adds. */
public final class FactKeys {
    private FactKeys() {}

    /** The article being read (its url, site and publication date guide the extractors). */
    public static final class ArticleKey implements CoreAnnotation<Article> {
        @Override
        public Class<Article> getType() {
            return Article.class;
        }
    }

    /**
     * The day the article speaks from, on which its bodies are named: its publication date, else the earliest day
     * its text writes in full; absent when neither is known.
     */
    public static final class ArticleDate implements CoreAnnotation<LocalDate> {
        @Override
        public Class<LocalDate> getType() {
            return LocalDate.class;
        }
    }

    /** The province the article is about, or absent. */
    public static final class ProvinceKey implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Spans the statistical tagger labelled ORG or PER. */
    public static final class NerSpans implements CoreAnnotation<List<vn.tindex.extract.ner.NerSpan>> {
        @Override
        public Class<List<vn.tindex.extract.ner.NerSpan>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class Dates implements CoreAnnotation<List<DateFact>> {
        @Override
        public Class<List<DateFact>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Every agency mention in text order, each resolved to its canonical agency. */
    public static final class AgencyMentions implements CoreAnnotation<List<AgencyMention>> {
        @Override
        public Class<List<AgencyMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class Agencies implements CoreAnnotation<List<Agency>> {
        @Override
        public Class<List<Agency>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Every mention of a person in text order (full mentions and resolved later references). */
    public static final class OfficialMentions implements CoreAnnotation<List<OfficialMention>> {
        @Override
        public Class<List<OfficialMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class Officials implements CoreAnnotation<List<Official>> {
        @Override
        public Class<List<Official>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class TaskCounts implements CoreAnnotation<List<TaskCount>> {
        @Override
        public Class<List<TaskCount>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class Directives implements CoreAnnotation<List<Directive>> {
        @Override
        public Class<List<Directive>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class Events implements CoreAnnotation<List<Event>> {
        @Override
        public Class<List<Event>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }
}

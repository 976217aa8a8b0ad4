package vn.tindex.codec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.Mention;

/**
 * The JSON form of the model records, as the contract fixes it. The one place that knows Jackson, so that
 * {@code model} stays free of library types. Thread-safe.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Agency.class, AgencyMixIn.class)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private RecordJson() {}

    /** The shared mapper, configured for the records (Agency's {@code short} field). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as one line of JSON (no line breaks inside). */
    public static String toLine(ArticleRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + record.id(), e);
        }
    }

    /** Reads a record written by {@link #toLine}. */
    public static ArticleRecord fromLine(String line) throws JsonProcessingException {
        return MAPPER.readValue(line, ArticleRecord.class);
    }

    /** Agency's short form is {@code short} in JSON, a Java keyword. */
    abstract static class AgencyMixIn {
        @JsonCreator
        AgencyMixIn(@JsonProperty("name") String name, @JsonProperty("short") String shortName,
                    @JsonProperty("level") String level, @JsonProperty("mentions") List<Mention> mentions) {}

        @JsonProperty("short")
        abstract String shortName();
    }
}

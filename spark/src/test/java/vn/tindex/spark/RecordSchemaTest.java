package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Parquet schema is the record's JSON form: the contract's names (short, not shortName) and types. */
class RecordSchemaTest {
    @Test
    void followsTheJsonFormOfTheRecord() {
        StructType record = RecordSchema.record();
        for (String field : new String[] {"id", "url", "site", "title", "published", "author", "province", "text",
                "dates", "officials", "agencies", "taskCounts", "directives", "events"}) {
            record.apply(field); // throws when absent
        }
        StructType agency = element(record, "agencies");
        assertEquals(DataTypes.StringType, agency.apply("short").dataType());
        StructType mention = element(agency, "mentions");
        assertEquals(DataTypes.IntegerType, mention.apply("start").dataType());
        StructType task = element(record, "taskCounts");
        assertEquals(DataTypes.LongType, task.apply("count").dataType());
        assertEquals(DataTypes.LongType, task.apply("of").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, true),
                element(record, "events").apply("agencies").dataType());
    }

    private static StructType element(StructType struct, String field) {
        return (StructType) ((ArrayType) struct.apply(field).dataType()).elementType();
    }
}

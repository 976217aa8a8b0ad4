package vn.tindex.spark;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.ArticleRecord;

/**
 * The Spark SQL schema of the record, read from the JSON form itself: the properties the product's
 * {@link RecordJson} mapper writes for {@link ArticleRecord} (so {@code short}, not {@code shortName}), with their
 * types, nested records as structs and lists as arrays. A field added to the model appears in the Parquet output
 * without a change here.
 */
final class RecordSchema {
    private static final Map<Class<?>, DataType> SCALARS = Map.ofEntries(
            Map.entry(String.class, DataTypes.StringType),
            Map.entry(int.class, DataTypes.IntegerType), Map.entry(Integer.class, DataTypes.IntegerType),
            Map.entry(long.class, DataTypes.LongType), Map.entry(Long.class, DataTypes.LongType),
            Map.entry(double.class, DataTypes.DoubleType), Map.entry(Double.class, DataTypes.DoubleType),
            Map.entry(float.class, DataTypes.FloatType), Map.entry(Float.class, DataTypes.FloatType),
            Map.entry(boolean.class, DataTypes.BooleanType), Map.entry(Boolean.class, DataTypes.BooleanType));

    private RecordSchema() {}

    /** The schema of one record line. */
    static StructType record() {
        ObjectMapper mapper = RecordJson.mapper();
        return struct(mapper, mapper.constructType(ArticleRecord.class));
    }

    private static DataType type(ObjectMapper mapper, JavaType type) {
        DataType scalar = SCALARS.get(type.getRawClass());
        if (scalar != null) {
            return scalar;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return DataTypes.createArrayType(type(mapper, type.getContentType()), true);
        }
        if (type.getRawClass().isRecord()) {
            return struct(mapper, type);
        }
        throw new IllegalStateException("no Spark type for " + type + " in the record");
    }

    private static StructType struct(ObjectMapper mapper, JavaType type) {
        BeanDescription description = mapper.getSerializationConfig().introspect(type);
        List<StructField> fields = new ArrayList<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldSerialize()) {
                fields.add(DataTypes.createStructField(property.getName(), type(mapper, property.getPrimaryType()),
                        true));
            }
        }
        return DataTypes.createStructType(fields);
    }
}

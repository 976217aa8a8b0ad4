package vn.tindex.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.StorageLevels;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import vn.tindex.codec.RecordJson;
import vn.tindex.model.Issue;
import vn.tindex.spark.InputListing.InputFile;

/**
 * {@code spark-submit --class vn.tindex.spark.ExtractJob tindex-spark.jar --output OUT INPUT...}: the product's
 * extraction as a distributed job (README, section "Spark"). Input files (JSON Lines, WARC, HTML, text; any Hadoop
 * file system) are read on the executors by the product's readers, the articles spread over the extraction
 * partitions and extracted by one {@code Extractor} per executor, and the job writes, under OUT:
 * <ul>
 * <li>{@code records/part-NNNNN.jsonl}: the records of the contract, one line each, as {@code tindex extract} writes
 * them (every article, copies included);</li>
 * <li>{@code parquet/province=P/year=Y/}: the same records as Parquet, partitioned by province and year of
 * publication (unknown ones under {@code __HIVE_DEFAULT_PARTITION__});</li>
 * <li>{@code index/}: one Lucene index as {@code tindex import} builds it (one article per id, later copies of a URL
 * or of a text left out), built per partition and merged; {@code tindex search --index OUT/index} opens it;</li>
 * <li>{@code issues/part-00000.jsonl}: each input that could not be read or extracted, with the reason;</li>
 * <li>{@code summary.json}: counts, failures by kind of reason, times.</li>
 * </ul>
 */
public final class ExtractJob {
    private ExtractJob() {}

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tindex-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("tindex extract").getOrCreate();
        int code = 0;
        try {
            JobSummary summary = run(spark, options);
            System.err.println("tindex-spark: " + summary.line());
            System.err.println("tindex-spark: wrote " + String.join(", ", summary.outputs.values()));
        } catch (IllegalArgumentException e) {
            System.err.println("tindex-spark: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the job in {@code spark}; returns what it did (also written as OUT/summary.json). */
    public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        Path out = checkOutput(options.output(), conf);
        int parallelism = jsc.defaultParallelism();
        JobSummary summary = new JobSummary(options.inputs(), jsc.master(), parallelism);

        InputListing listing = InputListing.of(options.inputs(), conf);
        summary.files = listing.files().size();
        summary.inputBytes = listing.bytes();
        summary.extractPartitions = options.extractPartitions(listing.bytes(), parallelism);

        // Read (one task per group of files), spread the articles, extract; kept for the outputs that follow.
        int readSlices = (int) Math.max(1, Math.min(listing.files().size(),
                Math.max(4L * parallelism, listing.bytes() / (128L * 1024 * 1024))));
        Duration timeout = options.timeout();
        JavaRDD<Outcome> outcomes = jsc.parallelize(listing.files(), readSlices)
                .mapPartitions(files -> FileReading.of(files, conf))
                .repartition(summary.extractPartitions)
                .mapPartitions(items -> new GuardedExtraction(items, Extractors.get(), timeout))
                .persist(StorageLevels.MEMORY_AND_DISK_SER);
        try {
            long extractStarted = System.nanoTime();
            JavaRDD<Outcome> records = outcomes.filter(o -> o.is(Outcome.Kind.RECORD));
            Path recordsDir = new Path(out, "records");
            records.map(o -> o.line).saveAsTextFile(recordsDir.toString());
            summary.extractSeconds = (System.nanoTime() - extractStarted) / 1e9;
            nameAsJsonl(recordsDir, conf);
            summary.outputs.put("records", recordsDir.toString());

            long phase = System.nanoTime();
            writeIssues(jsc, outcomes, listing.issues(), new Path(out, "issues"), conf);
            summary.outputs.put("issues", new Path(out, "issues").toString());
            count(outcomes, listing.issues(), summary);
            summary.phase("issues", phase);

            if (options.parquet()) {
                Path parquet = new Path(out, "parquet");
                phase = System.nanoTime();
                writeParquet(spark, records, parquet);
                summary.phase("parquet", phase);
                summary.outputs.put("parquet", parquet.toString());
            }
            if (options.index()) {
                Path index = new Path(out, "index");
                phase = System.nanoTime();
                buildIndex(records, options.mergePartitions(parallelism), out, index, conf, summary);
                summary.phase("index", phase);
                summary.outputs.put("index", index.toString());
            }
        } finally {
            outcomes.unpersist(false);
        }
        summary.totalSeconds = (System.nanoTime() - started) / 1e9;
        writeSummary(summary, new Path(out, "summary.json"), conf);
        return summary;
    }

    /** The qualified output folder; it must not exist, or be empty. */
    private static Path checkOutput(String output, HadoopConf conf) throws IOException {
        Path out = new Path(output);
        FileSystem fs = conf.fileSystem(out);
        out = fs.makeQualified(out);
        if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
            throw new IllegalArgumentException("the output " + out + " exists and is not an empty folder");
        }
        return out;
    }

    private static void writeIssues(JavaSparkContext jsc, JavaRDD<Outcome> outcomes, List<Issue> listingIssues,
                                    Path dir, HadoopConf conf) throws IOException {
        List<String> listed = new ArrayList<>();
        for (Issue issue : listingIssues) {
            listed.add(issueLine(issue.input(), issue.reason(), "read"));
        }
        outcomes.filter(o -> o.is(Outcome.Kind.ISSUE))
                .map(o -> issueLine(o.input, o.reason, o.stage))
                .union(jsc.parallelize(listed, 1))
                .coalesce(1)
                .saveAsTextFile(dir.toString());
        nameAsJsonl(dir, conf);
    }

    private static String issueLine(String input, String reason, String stage) {
        try {
            return RecordJson.mapper().writeValueAsString(Map.of("input", input, "reason", reason, "stage", stage));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the issue of " + input, e);
        }
    }

    /** Records, and failures by stage and kind of reason, counted in one pass over the kept outcomes. */
    private static void count(JavaRDD<Outcome> outcomes, List<Issue> listingIssues, JobSummary summary) {
        Map<String, Long> counts = outcomes
                .map(o -> o.is(Outcome.Kind.RECORD) ? "record" : "issue\t" + o.stage + "\t" + o.reasonKind())
                .countByValue();
        long extractFailed = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey().equals("record")) {
                summary.recordsWritten = e.getValue();
            } else {
                String[] parts = e.getKey().split("\t", 3);
                summary.countFailure(parts[1], parts[2], e.getValue());
                if (parts[1].equals("extract")) {
                    extractFailed += e.getValue();
                }
            }
        }
        for (Issue issue : listingIssues) {
            summary.countFailure("read", Outcome.issue(-1, 0, issue, "read").reasonKind(), 1);
        }
        summary.articlesRead = summary.recordsWritten + extractFailed;
    }

    /** The records as Parquet, the nested facts as arrays of structs, partitioned by province and year. */
    private static void writeParquet(SparkSession spark, JavaRDD<Outcome> records, Path dir) {
        StructType lines = DataTypes.createStructType(List.of(
                DataTypes.createStructField("json", DataTypes.StringType, false),
                DataTypes.createStructField("year", DataTypes.IntegerType, true)));
        Dataset<Row> rows = spark.createDataFrame(records.map(o -> RowFactory.create(o.line, o.year)), lines)
                .select(functions.from_json(functions.col("json"), RecordSchema.record()).as("r"),
                        functions.col("year"))
                .select("r.*", "year");
        rows.repartition(functions.col("province"), functions.col("year"))
                .write().mode(SaveMode.ErrorIfExists).partitionBy("province", "year").parquet(dir.toString());
    }

    /**
     * One index, as an import of the same inputs builds it: the first record of each id in input order, then the
     * first of each text (the import's duplicates by URL and by text), indexed per partition and merged.
     */
    private static void buildIndex(JavaRDD<Outcome> records, int parts, Path out, Path index, HadoopConf conf,
                                   JobSummary summary) throws IOException {
        JavaPairRDD<String, Outcome> byId = records.mapToPair(o -> new Tuple2<>(o.id, o))
                .reduceByKey((a, b) -> a.before(b) ? a : b);
        JavaRDD<String> kept = byId.values().mapToPair(o -> new Tuple2<>(o.fingerprint, o))
                .reduceByKey((a, b) -> a.before(b) ? a : b, parts)
                .values()
                .map(o -> o.line);
        String partsDir = new Path(out, "_index-parts").toString();
        List<IndexParts.Part> built = kept
                .mapPartitionsWithIndex((i, lines) -> IndexParts.build(i, lines, partsDir, conf), false)
                .collect();
        List<String> paths = new ArrayList<>();
        long keptCount = 0;
        for (IndexParts.Part part : built) {
            paths.add(part.path());
            keptCount += part.articles();
        }
        long uniqueIds = byId.count();
        long merging = System.nanoTime();
        summary.indexed = IndexMerge.merge(paths, index.toString(), conf);
        summary.phase("index merge", merging);
        if (summary.indexed != keptCount) {
            throw new IllegalStateException("the merged index holds " + summary.indexed + " articles, the parts "
                    + keptCount);
        }
        summary.duplicatesSameUrl = summary.recordsWritten - uniqueIds;
        summary.duplicatesSameText = uniqueIds - keptCount;
        summary.indexParts = built.size();
        conf.writable(new Path(partsDir)).delete(new Path(partsDir), true);
    }

    /** Renames Hadoop's {@code part-00000} files to {@code part-00000.jsonl}, which {@code tindex} reads. */
    private static void nameAsJsonl(Path dir, HadoopConf conf) throws IOException {
        FileSystem fs = conf.fileSystem(dir);
        for (FileStatus status : fs.listStatus(dir)) {
            String name = status.getPath().getName();
            if (name.startsWith("part-") && !name.endsWith(".jsonl")) {
                fs.rename(status.getPath(), new Path(dir, name + ".jsonl"));
            }
        }
    }

    private static void writeSummary(JobSummary summary, Path path, HadoopConf conf) throws IOException {
        FileSystem fs = conf.writable(path);
        try (OutputStream out = fs.create(path, true)) {
            out.write(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary.toMap())
                    .getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}

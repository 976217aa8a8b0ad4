package vn.tindex.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@link ExtractJob}: {@code --output DIR [--partitions N] [--index-partitions N] [--timeout S]
 * [--no-index] [--no-parquet] INPUT...}. Inputs and the output are Hadoop paths ({@code hdfs://...},
 * {@code s3a://...}, {@code file:/...}, or plain local paths); inputs may be globs. An unknown option, a missing value
 * or a number out of range is an {@link IllegalArgumentException} naming it, before Spark starts.
 *
 * @param inputs          files, folders (recursive) or globs
 * @param output          the output folder; must not exist or be empty
 * @param partitions      extraction partitions; 0 chooses from the input size ({@link #extractPartitions})
 * @param indexPartitions the per-partition indexes that are merged into one; 0 chooses from the cluster
 * @param timeout         the time limit of one article's extraction, before 50 ms per 1,000 characters
 * @param index           whether to build the merged Lucene index
 * @param parquet         whether to write the Parquet copy of the records
 */
public record JobOptions(List<String> inputs, String output, int partitions, int indexPartitions, Duration timeout,
                         boolean index, boolean parquet) implements Serializable {
    public static final String USAGE = "usage: ExtractJob --output DIR [--partitions N] [--index-partitions N]"
            + " [--timeout SECONDS] [--no-index] [--no-parquet] INPUT...";

    /** Input bytes per extraction partition when {@code --partitions} is not given. */
    static final long BYTES_PER_PARTITION = 32L * 1024 * 1024;

    public JobOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given; " + USAGE);
        }
        inputs = List.copyOf(inputs);
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("--output DIR is required; " + USAGE);
        }
        if (partitions < 0 || indexPartitions < 0) {
            throw new IllegalArgumentException("--partitions and --index-partitions must be at least 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
    }

    /** Parses the command line. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        int indexPartitions = 0;
        long timeout = 60;
        boolean index = true;
        boolean parquet = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--output", "-o" -> output = value(args, ++i, arg);
                case "--partitions" -> partitions = positive(value(args, ++i, arg), arg);
                case "--index-partitions" -> indexPartitions = positive(value(args, ++i, arg), arg);
                case "--timeout" -> timeout = positive(value(args, ++i, arg), arg);
                case "--no-index" -> index = false;
                case "--no-parquet" -> parquet = false;
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                    }
                    inputs.add(arg);
                }
            }
        }
        return new JobOptions(inputs, output, partitions, indexPartitions, Duration.ofSeconds(timeout), index,
                parquet);
    }

    /** The extraction partitions: as given, else one per 32 MB of input, and at least 4 per core of the cluster. */
    int extractPartitions(long inputBytes, int defaultParallelism) {
        if (partitions > 0) {
            return partitions;
        }
        long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.min(100_000, Math.max(4L * defaultParallelism, bySize));
    }

    /** The per-partition indexes: as given, else one per core of the cluster. */
    int mergePartitions(int defaultParallelism) {
        return indexPartitions > 0 ? indexPartitions : Math.max(1, defaultParallelism);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException(option + " takes a whole number of at least 1, not '" + value + "'");
    }
}

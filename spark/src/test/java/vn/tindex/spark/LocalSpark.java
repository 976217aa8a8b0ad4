package vn.tindex.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session of the tests: {@code local[2]}, bound to the loopback interface, no web UI. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start() {
        return SparkSession.builder()
                .appName("tindex-spark test")
                .master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}

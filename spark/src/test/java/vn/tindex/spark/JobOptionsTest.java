package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsEveryOption() {
        JobOptions o = JobOptions.parse("--output", "hdfs:///out", "--partitions", "12", "--index-partitions", "3",
                "--timeout", "30", "--no-parquet", "a.warc.gz", "hdfs:///in/");
        assertEquals(List.of("a.warc.gz", "hdfs:///in/"), o.inputs());
        assertEquals("hdfs:///out", o.output());
        assertEquals(12, o.extractPartitions(1L << 40, 2));
        assertEquals(3, o.mergePartitions(8));
        assertEquals(Duration.ofSeconds(30), o.timeout());
        assertTrue(o.index());
        assertFalse(o.parquet());
    }

    @Test
    void partitionsFollowTheInputSizeAndTheCores() {
        JobOptions o = JobOptions.parse("-o", "out", "in");
        assertEquals(8, o.extractPartitions(1000, 2), "at least 4 per core");
        assertEquals(320, o.extractPartitions(10L * 1024 * 1024 * 1024, 2), "one per 32 MB");
        assertEquals(2, o.mergePartitions(2), "one index part per core");
    }

    @Test
    void mistakesAreNamedBeforeSparkStarts() {
        assertMessage("unknown option --outptu", "--outptu", "x", "in");
        assertMessage("--output DIR is required", "in");
        assertMessage("no INPUT given", "--output", "out");
        assertMessage("--partitions needs a value", "--output", "out", "in", "--partitions");
        assertMessage("--timeout takes a whole number of at least 1, not '0'", "--timeout", "0", "-o", "o", "in");
        assertMessage("--partitions takes a whole number of at least 1, not 'many'", "--partitions", "many",
                "-o", "o", "in");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}

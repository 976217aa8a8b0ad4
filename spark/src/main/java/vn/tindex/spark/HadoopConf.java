package vn.tindex.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The driver's Hadoop configuration (with every {@code spark.hadoop.*} setting) carried to the executors, where
 * inputs are read and index parts written: Hadoop's {@link Configuration} is not serializable, its entries are.
 */
final class HadoopConf implements Serializable {
    private final HashMap<String, String> entries = new HashMap<>();
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            entries.put(e.getKey(), e.getValue());
        }
        this.conf = conf;
    }

    Configuration get() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return conf;
    }

    FileSystem fileSystem(Path path) throws IOException {
        return path.getFileSystem(get());
    }

    /** The file system to write {@code path} to: for local paths the raw one, which leaves no {@code .crc} files. */
    FileSystem writable(Path path) throws IOException {
        FileSystem fs = fileSystem(path);
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    /** The local file behind a path of the local file system, or null for any other file system. */
    java.nio.file.Path localFile(Path path) throws IOException {
        FileSystem fs = fileSystem(path);
        if (!(fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem)) {
            return null;
        }
        URI uri = fs.makeQualified(path).toUri();
        return java.nio.file.Path.of(uri);
    }
}

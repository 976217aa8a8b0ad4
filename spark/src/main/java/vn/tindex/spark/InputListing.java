package vn.tindex.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import vn.tindex.model.Issue;

/**
 * The input files of a job, listed on the driver: each INPUT is a file, a folder (walked recursively) or a glob, on
 * any Hadoop file system. Files are kept by the extensions the product reads ({@code .jsonl}, {@code .jsonl.gz},
 * {@code .warc}, {@code .warc.gz}, {@code .html}, {@code .htm}, {@code .txt}); inside folders others are skipped
 * (and so are hidden files: {@code _SUCCESS}, {@code .crc}), an explicit file of another kind is an issue, and so is
 * an input that matches nothing. Files are sorted by path, as {@code tindex extract} reads a folder.
 */
final class InputListing {
    private static final List<String> KINDS =
            List.of(".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".html", ".htm", ".txt");

    /** One input file: its qualified path, its place in the sorted list and its size. */
    record InputFile(String path, int index, long bytes) implements Serializable {}

    private final List<InputFile> files;
    private final List<Issue> issues;

    private InputListing(List<InputFile> files, List<Issue> issues) {
        this.files = List.copyOf(files);
        this.issues = List.copyOf(issues);
    }

    static InputListing of(List<String> inputs, HadoopConf conf) throws IOException {
        List<FileStatus> found = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = conf.fileSystem(path);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                issues.add(new Issue(input, "no such file or folder"));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    walk(fs, match.getPath(), found, issues);
                } else if (!known(match.getPath().getName())) {
                    issues.add(new Issue(match.getPath().toString(), "unsupported file type: expected .jsonl,"
                            + " .jsonl.gz, .warc, .warc.gz, .html, .htm or .txt"));
                } else {
                    found.add(match);
                }
            }
        }
        found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        List<InputFile> files = new ArrayList<>();
        for (FileStatus status : found) {
            files.add(new InputFile(status.getPath().toString(), files.size(), status.getLen()));
        }
        return new InputListing(files, issues);
    }

    private static void walk(FileSystem fs, Path folder, List<FileStatus> found, List<Issue> issues)
            throws IOException {
        try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                if (status.isFile() && !hidden(folder, status.getPath()) && known(status.getPath().getName())) {
                    found.add(status);
                }
            }
        } catch (FileNotFoundException e) {
            issues.add(new Issue(folder.toString(), "no such file or folder"));
        }
    }

    /** A file whose name, or the name of a folder between it and the input folder, starts with '_' or '.'. */
    private static boolean hidden(Path root, Path file) {
        String rootPath = root.toUri().getPath();
        for (Path p = file; p != null && !p.toUri().getPath().equals(rootPath); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean known(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return KINDS.stream().anyMatch(lower::endsWith);
    }

    List<InputFile> files() {
        return files;
    }

    List<Issue> issues() {
        return issues;
    }

    long bytes() {
        return files.stream().mapToLong(InputFile::bytes).sum();
    }
}

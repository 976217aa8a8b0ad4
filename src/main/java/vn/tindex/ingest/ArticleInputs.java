package vn.tindex.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/**
 * The entry point of ingest: turns input paths into articles. Files and folders (recursive, in sorted order) are
 * dispatched by extension: {@code .html}/{@code .htm}, {@code .txt}, {@code .jsonl}, {@code .jsonl.gz},
 * {@code .warc}, {@code .warc.gz}; other files inside folders are skipped, an explicit file of another type is an
 * issue. {@code -} is standard input, read as JSON Lines when its first non-blank character is '{', else as text. Bad
 * data never throws: each bad input (missing, unreadable, empty, binary, too large, no article text, a bad JSON line,
 * a broken gzip stream, a broken WARC record) is one {@link Issue} naming the input, and the rest goes on. An HTML or
 * text file is bounded by {@code maxFileBytes}; JSON Lines and WARC files are streamed and each line or page is.
 *
 * <p>A consumer may stop the reading by throwing {@link CancellationException}: it is passed on, never turned into an
 * issue. {@link #bytesDone()} tells how many input bytes have been read so far (for progress), and may be read from
 * another thread.
 */
public final class ArticleInputs {
    /** The default bound: 20 MB. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The input name that stands for standard input. */
    public static final String STDIN = "-";
    /** How standard input is named in articles and issues. */
    public static final String STDIN_NAME = "<stdin>";

    private static final int PEEK = 64 * 1024;
    private static final String UNSUPPORTED =
            "unsupported file type: expected .html, .htm, .txt, .jsonl, .jsonl.gz, .warc or .warc.gz";

    private final InputStream stdin;
    private final long maxFileBytes;
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final TextArticleReader text = new TextArticleReader();
    private final JsonlArticleReader jsonl;
    private final WarcArticleReader warc;
    private final AtomicLong bytesDone = new AtomicLong();

    /** Inputs with {@code -} read from {@link System#in} and the 20 MB bound. */
    public ArticleInputs() {
        this(System.in, MAX_FILE_BYTES);
    }

    public ArticleInputs(InputStream stdin, long maxFileBytes) {
        if (stdin == null) {
            throw new IllegalArgumentException("stdin must not be null");
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.stdin = stdin;
        this.maxFileBytes = maxFileBytes;
        this.jsonl = new JsonlArticleReader(html, maxFileBytes);
        this.warc = new WarcArticleReader(html, maxFileBytes);
    }

    /** Input bytes read so far (compressed bytes for gzip files); safe to call from any thread. */
    public long bytesDone() {
        return bytesDone.get();
    }

    /**
     * The bytes {@link #read} will go through: the sizes of the files of known kinds named or found in folders;
     * 0 for standard input and inputs that do not exist.
     */
    public static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input == null || input.equals(STDIN)) {
                continue;
            }
            try {
                Path path = Path.of(input);
                List<Path> files = Files.isDirectory(path) ? filesUnder(path, issue -> {}) : List.of(path);
                for (Path file : files) {
                    if (Files.isRegularFile(file) && kind(file) != null) {
                        total += Files.size(file);
                    }
                }
            } catch (IOException | InvalidPathException e) {
                // the reading proper reports it
            }
        }
        return total;
    }

    /** Reads every input in order, handing each article and each issue to its consumer as soon as it is known. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<Issue> issues) {
        if (inputs == null || articles == null || issues == null) {
            throw new IllegalArgumentException("inputs, articles and issues must not be null");
        }
        for (String input : inputs) {
            if (input == null || input.isBlank()) {
                throw new IllegalArgumentException("inputs must not hold a blank path");
            }
            if (input.equals(STDIN)) {
                readStdin(articles, issues);
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                issues.accept(new Issue(input, "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, issues)) {
                    readFile(file, file.toString(), articles, issues);
                }
            } else if (!Files.exists(path)) {
                issues.accept(new Issue(input, "no such file or folder"));
            } else if (!Files.isRegularFile(path)) {
                issues.accept(new Issue(input, "not a regular file"));
            } else if (kind(path) == null) {
                issues.accept(new Issue(input, UNSUPPORTED));
            } else {
                readFile(path, input, articles, issues);
            }
        }
    }

    private enum Kind { HTML, TEXT, JSONL, JSONL_GZ, WARC }

    private static Kind kind(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return name.endsWith(".jsonl.gz") ? Kind.JSONL_GZ : null;
    }

    /** The readable files of known kinds under a folder, sorted by path; unreadable folders become issues. */
    private static List<Path> filesUnder(Path folder, Consumer<Issue> issues) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (kind(file) != null && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    issues.accept(new Issue(file.toString(), reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            issues.accept(new Issue(folder.toString(), reason(e)));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path path, String name, Consumer<Article> articles, Consumer<Issue> issues) {
        Kind kind = kind(path);
        long before = bytesDone.get();
        long size = 0;
        try {
            size = Files.size(path);
            if (size == 0) {
                issues.accept(new Issue(name, "empty file"));
            } else if (kind == Kind.WARC) {
                warc.read(path, name, articles, issues, position -> bytesDone.set(before + position));
            } else if (kind == Kind.JSONL || kind == Kind.JSONL_GZ) {
                readJsonl(path, name, kind, articles, issues);
            } else if (size > maxFileBytes) {
                issues.accept(new Issue(name, tooLarge(size)));
            } else {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) maxFileBytes + 1);
                }
                String problem = problem(bytes);
                if (problem != null) {
                    issues.accept(new Issue(name, problem));
                } else if (kind == Kind.HTML) {
                    html.read(bytes, null, name).deliver(articles, issues);
                } else {
                    text.read(bytes, name).deliver(articles, issues);
                }
            }
        } catch (IOException e) {
            issues.accept(new Issue(name, reason(e)));
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            issues.accept(new Issue(name, "cannot read: " + e));
        } catch (StackOverflowError e) {
            issues.accept(new Issue(name, "cannot read: nested too deeply"));
        } finally {
            bytesDone.set(before + size);
        }
    }

    /** Streams JSON Lines (gunzipped for .jsonl.gz) after a look at the first 8 KB for binary content. */
    private void readJsonl(Path path, String name, Kind kind, Consumer<Article> articles, Consumer<Issue> issues)
            throws IOException {
        long before = bytesDone.get();
        try (InputStream raw = new CountingInputStream(Files.newInputStream(path), n -> bytesDone.set(before + n));
             InputStream in = kind == Kind.JSONL_GZ ? new GZIPInputStream(raw) : raw) {
            byte[] head = in.readNBytes(8192);
            if (TextBytes.looksBinary(head)) {
                issues.accept(new Issue(name, "binary file, not text"));
                return;
            }
            jsonl.read(new SequenceInputStream(new ByteArrayInputStream(head), in), name, articles, issues);
        }
    }

    private void readStdin(Consumer<Article> articles, Consumer<Issue> issues) {
        try {
            BufferedInputStream in = new BufferedInputStream(stdin, PEEK);
            in.mark(PEEK);
            int first = firstNonBlank(in);
            in.reset();
            if (first == '{') {
                jsonl.read(in, STDIN_NAME, articles, issues);
                return;
            }
            byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
            String problem = bytes.length == 0 ? "empty input" : problem(bytes);
            if (problem != null) {
                issues.accept(new Issue(STDIN_NAME, problem));
            } else {
                text.read(bytes, STDIN_NAME).deliver(articles, issues);
            }
        } catch (IOException e) {
            issues.accept(new Issue(STDIN_NAME, reason(e)));
        }
    }

    /** The first byte that is not whitespace or part of a UTF-8 BOM, or -1; reads at most {@code PEEK - 1} bytes. */
    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < PEEK - 1; i++) {
            int b = in.read();
            if (b < 0 || (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xEF && b != 0xBB && b != 0xBF)) {
                return b;
            }
        }
        return -1;
    }

    /** Why these bytes are not an input to read, or null. */
    private String problem(byte[] bytes) {
        if (bytes.length > maxFileBytes) {
            return tooLarge(bytes.length);
        }
        if (TextBytes.looksBinary(bytes)) {
            return "binary file, not text";
        }
        return TextBytes.isBlank(bytes) ? "empty file" : null;
    }

    private String tooLarge(long size) {
        return "file too large (" + size + " bytes; the limit is " + maxFileBytes + ")";
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof EOFException && e.getMessage() != null && e.getMessage().contains("ZLIB")) {
            return "broken gzip: the file is cut off (the lines before were read)";
        }
        if (e instanceof ZipException) {
            return "broken gzip: " + e.getMessage() + " (the lines before were read)";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}

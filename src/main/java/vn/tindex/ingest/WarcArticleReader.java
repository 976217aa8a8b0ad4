package vn.tindex.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import vn.tindex.model.Article;
import vn.tindex.model.Issue;

/**
 * Reads the HTML pages of a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record), record by
 * record, never holding more than one page: each {@code response} record with HTTP status 200 and an HTML payload
 * becomes an article with the record's target URI as its url; the record's date (WARC-Date, as a day in Vietnam,
 * UTC+7) stands in for the publication date when the page gives none. Other records (requests, robots.txt, images,
 * redirects, errors, metadata) are passed over without a word, and so are pages with no article text (home pages,
 * lists of articles: a crawl holds many).
 *
 * <p>Bad data never stops the file: a page over the size bound, a payload in an unknown encoding or with a broken
 * content encoding, a record cut off by the end of the file, a gzip member that is cut off or corrupt, each becomes
 * an {@link Issue} naming {@code file@offset}; after a broken record the reader looks for the next record (the next
 * gzip member, or the next {@code WARC/1.} line) and goes on from there. Thread-safe.
 */
public final class WarcArticleReader {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HtmlArticleReader html;
    private final long maxPageBytes;

    public WarcArticleReader(HtmlArticleReader html, long maxPageBytes) {
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
        }
        this.html = html;
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * Reads every HTML page of the WARC file at {@code path}; {@code name} names it in sources and issues, and
     * {@code progress} is told how far into the file (in bytes) the reader has come.
     */
    public void read(Path path, String name, Consumer<Article> articles, Consumer<Issue> issues, LongConsumer progress)
            throws IOException {
        if (path == null || name == null || articles == null || issues == null || progress == null) {
            throw new IllegalArgumentException("path, name, articles, issues and progress must not be null");
        }
        boolean gzip;
        long size;
        try (FileChannel channel = FileChannel.open(path)) {
            size = channel.size();
            ByteBuffer magic = ByteBuffer.allocate(2);
            channel.read(magic, 0);
            gzip = magic.position() == 2 && (magic.get(0) & 0xFF) == 0x1F && (magic.get(1) & 0xFF) == 0x8B;
        }
        long start = 0;
        boolean resyncing = false;
        while (start >= 0 && start < size) {
            start = readFrom(path, start, resyncing, name, articles, issues, progress);
            resyncing = start > 0;
            if (resyncing) {
                start = nextRecordStart(path, start, gzip);
            }
        }
        progress.accept(size);
    }

    /**
     * Reads records from {@code start}; returns -1 at the end of the file, else where to look for the next record.
     * While {@code resyncing} (after a broken record, at a place that only looks like a record start), a failure
     * before the first good record is not reported again: the broken stretch was reported once.
     */
    private long readFrom(Path path, long start, boolean resyncing, String name, Consumer<Article> articles,
                          Consumer<Issue> issues, LongConsumer progress) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            channel.position(start);
            WarcReader reader;
            try {
                reader = new WarcReader(channel);
            } catch (IOException | IllegalArgumentException e) {
                if (!resyncing) {
                    issues.accept(new Issue(name + "@" + start, start == 0 ? "not a WARC file: " + message(e)
                            : "broken WARC record: " + message(e)));
                }
                return start + 1;
            }
            long position = start;
            boolean quiet = resyncing;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (e instanceof CancellationException c) {
                        throw c;
                    }
                    long at = Math.max(position, reader.position());
                    if (at == 0) {
                        issues.accept(new Issue(name, "not a WARC file: " + message(e)));
                        return -1;
                    }
                    if (!quiet) {
                        issues.accept(new Issue(name + "@" + at, brokenRecord(e, true)));
                    }
                    return at + 1;
                }
                if (next.isEmpty()) {
                    return -1;
                }
                quiet = false;
                WarcRecord record = next.get();
                position = record.position();
                progress.accept(position);
                String input = name + "@" + position;
                ReadResult result;
                try {
                    result = page(record, input);
                } catch (IOException | RuntimeException e) {
                    if (e instanceof CancellationException c) {
                        throw c;
                    }
                    issues.accept(new Issue(input, brokenRecord(e, false)));
                    return position + 1;
                } catch (StackOverflowError e) {
                    result = ReadResult.failed(input, "page too deeply nested to read");
                }
                if (result != null) {
                    result.deliver(articles, issues);
                }
            }
        }
    }

    /** The article of an HTML response record, an issue, or null for a record that is not a page to read. */
    private ReadResult page(WarcRecord record, String input) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        String uri = response.target();
        if (uri == null || !(uri.startsWith("http://") || uri.startsWith("https://"))) {
            return null;
        }
        MediaType type = response.contentType();
        if (type == null || !type.base().equals(MediaType.HTTP_RESPONSE.base())
                && !"application/http".equals(type.base().toString())) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
            return null;
        }
        String where = input + " " + uri;
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return ReadResult.failed(where, "page truncated by the crawler ("
                    + response.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
        } catch (ZipException e) {
            return ReadResult.failed(where, "broken content encoding: " + message(e));
        }
        if (bytes.length > maxPageBytes) {
            return ReadResult.failed(where, "page too large (over " + maxPageBytes + " bytes)");
        }
        if (bytes.length == 0 || TextBytes.isBlank(bytes)) {
            return ReadResult.failed(where, "empty page");
        }
        if (TextBytes.looksBinary(bytes)) {
            return ReadResult.failed(where, "binary content, not HTML");
        }
        String charset = http.contentType() == null ? null : http.contentType().parameters().get("charset");
        ReadResult read = html.read(bytes, charset, uri, input);
        Article a = read.article();
        if (a == null) {
            // a crawl holds home pages, lists and menus beside the articles: not an article is not a failure
            return HtmlArticleReader.NO_TEXT.equals(read.issue().reason()) ? null
                    : ReadResult.failed(where, read.issue().reason());
        }
        if (a.published() == null && record.date() != null) {
            a = new Article(a.id(), a.url(), a.site(), a.title(), day(record.date()), a.author(), a.text(),
                    a.captions(), a.source());
        }
        return ReadResult.of(a);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String day(Instant instant) {
        return instant.atOffset(VIETNAM).toLocalDate().toString();
    }

    /** The reason for a record that could not be read: cut off by the end of the file, or corrupt. */
    private static String brokenRecord(Exception e, boolean header) {
        if (e instanceof EOFException) {
            return "truncated WARC record (the file ends inside it)";
        }
        if (e instanceof ZipException) {
            return "broken gzip member: " + message(e);
        }
        return (header ? "broken WARC record header: " : "broken WARC record: ") + message(e);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Where the next record may begin after {@code from}: the next gzip member header (1f 8b 08) in a compressed
     * file, the next line starting {@code WARC/1.} in a plain one; -1 when there is none.
     */
    static long nextRecordStart(Path path, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? new byte[] {0x1F, (byte) 0x8B, 0x08} : WARC_LINE;
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long base = gzip ? from : Math.max(0, from - 1);
            int matched = 0;
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, base);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                    if (matched == pattern.length) {
                        long end = base + i + 1;
                        return gzip ? end - pattern.length : end - pattern.length + 1;
                    }
                }
                base += n;
            }
        }
    }
}

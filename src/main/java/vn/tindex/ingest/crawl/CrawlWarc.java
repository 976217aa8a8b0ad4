package vn.tindex.ingest.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC file of a crawl (gzip, one member per record): a warcinfo record naming the software, then for every
 * exchange a request record and a response record (the HTTP status line, headers and body as received; a body cut
 * at the size bound is marked {@code WARC-Truncated: length}).
 */
final class CrawlWarc implements Closeable {
    /** Headers the HTTP client handled itself: the record gets the body as stored, with its own length. */
    private static final Set<String> DROPPED = Set.of("content-length", "transfer-encoding", "content-type", ":status");
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final WarcWriter writer;

    CrawlWarc(Path path, String software) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder()
                .filename(path.getFileName().toString())
                .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1")))
                .build());
    }

    void write(HttpRequest request, HttpResponse<?> response, byte[] body, boolean truncated, Instant date)
            throws IOException {
        URI uri = request.uri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        org.netpreserve.jwarc.HttpRequest.Builder http = new org.netpreserve.jwarc.HttpRequest.Builder("GET", target)
                .addHeader("Host", uri.getAuthority());
        request.headers().map().forEach((name, values) -> values.forEach(v -> http.addHeader(name, v)));
        WarcRequest warcRequest = new WarcRequest.Builder(uri).date(date).body(http.build()).build();

        int status = response.statusCode();
        org.netpreserve.jwarc.HttpResponse.Builder reply =
                new org.netpreserve.jwarc.HttpResponse.Builder(status, REASONS.getOrDefault(status, ""));
        response.headers().map().forEach((name, values) -> {
            if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> reply.addHeader(name, v));
            }
        });
        String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        reply.body(MediaType.parseLeniently(type), body);
        WarcResponse.Builder warcResponse = new WarcResponse.Builder(uri).date(date).body(reply.build())
                .concurrentTo(warcRequest.id());
        if (truncated) {
            warcResponse.truncated(WarcTruncationReason.LENGTH);
        }
        writer.write(warcResponse.build());
        writer.write(warcRequest);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

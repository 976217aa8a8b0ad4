package vn.tindex.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web page's files (HTML, script, style), read from the jar once at start-up: no CDN, nothing fetched. A
 * missing file fails at start-up with the resource path it expected.
 */
final class PageResources {
    static final String FOLDER = "/vn/tindex/app/http/";

    /** A file of the page and its media type. */
    record Resource(byte[] bytes, String mediaType) {}

    private final Map<String, Resource> byPath = new LinkedHashMap<>();

    PageResources() {
        add("/", "index.html", "text/html; charset=utf-8");
        add("/app.js", "app.js", "text/javascript; charset=utf-8");
        add("/app.css", "app.css", "text/css; charset=utf-8");
    }

    private void add(String path, String file, String mediaType) {
        String resource = FOLDER + file;
        try (InputStream in = PageResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the web page's file is missing from the jar: " + resource);
            }
            byPath.put(path, new Resource(in.readAllBytes(), mediaType));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The URL paths served ({@code /}, {@code /app.js}, ...) and their files. */
    Map<String, Resource> all() {
        return Map.copyOf(byPath);
    }
}

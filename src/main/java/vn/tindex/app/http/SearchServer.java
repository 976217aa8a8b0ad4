package vn.tindex.app.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tindex.codec.RecordJson;
import vn.tindex.index.AgencyProfile;
import vn.tindex.index.ArticleSearcher;
import vn.tindex.index.ExportWriter;
import vn.tindex.index.FactResult;
import vn.tindex.index.SearchRequest;
import vn.tindex.index.SearchResult;
import vn.tindex.model.ArticleRecord;

/**
 * {@code tindex serve}: the JSON API and the web page over one {@link ArticleSearcher}, on Javalin (Jetty).
 *
 * <pre>
 * GET /                      the page (and /app.js, /app.css), all from the jar
 * GET /api/search            articles: hits with snippets and matching facts, facet counts, timeline per month
 * GET /api/facts             facts: hits, facet counts, task totals by year
 * GET /api/articles/{id}     the full record
 * GET /api/agency?name=      an agency's page: officials, task counts over time, directives received
 * GET /api/export            format=csv|jsonl, what=articles|facts, max=N: everything the search matches
 * </pre>
 *
 * Safe by default: bound to loopback unless told otherwise, requests for another host name refused (DNS
 * rebinding), pages and windows bounded, a strict Content-Security-Policy (no inline script), and every error a
 * JSON {@link ApiError} with its status, never a stack trace.
 */
public final class SearchServer implements AutoCloseable {
    /** Rows an export holds unless {@code max} says otherwise. */
    static final int DEFAULT_EXPORT = 10_000;
    static final long MAX_REQUEST_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
    /** Request attribute: an ApiError was written, the status handlers leave it alone. */
    private static final String ERROR_WRITTEN = "tindex.error";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ArticleSearcher searcher;
    private final boolean loopbackOnly;
    private final Javalin app;

    private SearchServer(ArticleSearcher searcher, String host, int port) {
        this.searcher = searcher;
        this.loopbackOnly = isLoopback(host);
        PageResources page = new PageResources();
        this.app = Javalin.create(config -> configure(config, host, port, page));
    }

    /** Starts serving {@code searcher} on {@code host:port} (port 0: any free port); the caller keeps the searcher. */
    public static SearchServer start(ArticleSearcher searcher, String host, int port) {
        Objects.requireNonNull(searcher, "searcher");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        SearchServer server = new SearchServer(searcher, host, port);
        server.app.start();
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to listen on: " + host);
        }
    }

    private void configure(JavalinConfig config, String host, int port, PageResources page) {
        config.jetty.host = host;
        config.jetty.port = port;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jsonMapper(new RecordJsonMapper());

        config.routes.before(this::guard);
        page.all().forEach((path, resource) -> config.routes.get(path, ctx -> {
            ctx.contentType(resource.mediaType());
            ctx.header("Cache-Control", "no-cache");
            ctx.result(resource.bytes());
        }));
        config.routes.get("/api/search", this::search);
        config.routes.get("/api/facts", this::facts);
        config.routes.get("/api/articles/{id}", this::article);
        config.routes.get("/api/agency", this::agency);
        config.routes.get("/api/export", this::export);

        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 404, "no such page: " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> error(ctx, 405, "only GET is served here"));
        config.routes.error(413, ctx -> error(ctx, 413, "request too large"));
    }

    /** Security headers on every answer; a Host header naming another machine is refused when on loopback. */
    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (loopbackOnly) {
            String hostHeader = ctx.host() == null ? "" : ctx.host().toLowerCase(Locale.ROOT);
            String name = hostHeader.startsWith("[") ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
                    : hostHeader.replaceFirst(":\\d+$", "");
            if (!LOOPBACK_NAMES.contains(name)) {
                throw new HttpResponseException(403, "this server answers requests for localhost only", Map.of());
            }
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        ctx.json(new ApiError(status, message == null ? "error " + status : message));
    }

    private void search(Context ctx) throws IOException {
        SearchRequest request = new SearchParams(ctx.queryParamMap(), Set.of()).request();
        SearchResult result = searcher.search(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        body.put("total", result.total());
        body.put("offset", request.offset());
        body.put("limit", request.limit());
        body.put("hits", result.hits());
        body.put("facets", result.facets());
        body.put("timeline", result.timeline());
        ctx.json(body);
    }

    private void facts(Context ctx) throws IOException {
        SearchRequest request = new SearchParams(ctx.queryParamMap(), Set.of()).request();
        FactResult result = searcher.searchFacts(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        body.put("total", result.total());
        body.put("offset", request.offset());
        body.put("limit", request.limit());
        body.put("hits", result.hits());
        body.put("facets", result.facets());
        body.put("taskTotals", result.taskTotals());
        ctx.json(body);
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9A-Za-z._-]{1,100}")) {
            throw new IllegalArgumentException("not an article id: " + id);
        }
        ArticleRecord record = searcher.get(id);
        if (record == null) {
            throw new HttpResponseException(404, "no article with id " + id, Map.of());
        }
        ctx.json(record);
    }

    private void agency(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx.queryParamMap(), Set.of("name"));
        String name = params.get("name");
        if (name == null) {
            throw new IllegalArgumentException("name is needed: /api/agency?name=Sở Xây dựng tỉnh Lạng Sơn");
        }
        AgencyProfile profile = searcher.agencyProfile(name);
        ctx.json(profile);
    }

    private void export(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx.queryParamMap(), Set.of("format", "what", "max"));
        ExportWriter.Format format = ExportWriter.Format.parse(params.get("format") == null ? "csv"
                : params.get("format"));
        String what = params.get("what") == null ? "articles" : params.get("what");
        if (!what.equals("articles") && !what.equals("facts")) {
            throw new IllegalArgumentException("what must be articles or facts, not '" + what + "'");
        }
        int max = params.integer("max", DEFAULT_EXPORT, 1, ArticleSearcher.MAX_EXPORT);
        SearchRequest request = params.request();
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"tindex-" + what + "." + format.extension() + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        ExportWriter writer = new ExportWriter(out, format);
        if (what.equals("facts")) {
            searcher.forEachFact(request, max, writer::fact);
        } else {
            searcher.forEachArticle(request, max, writer::article);
        }
        writer.finish(what.equals("facts"));
        out.flush();
    }

    /** Javalin's JSON through the project's mapper (the contract's field names, Agency's {@code short}). */
    private static final class RecordJsonMapper implements JsonMapper {
        @Override
        public String toJsonString(Object obj, Type type) {
            try {
                return RecordJson.mapper().writeValueAsString(obj);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON of " + type, e);
            }
        }
    }
}

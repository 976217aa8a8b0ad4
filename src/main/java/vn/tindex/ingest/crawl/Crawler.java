package vn.tindex.ingest.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tindex.model.Issue;

/**
 * A polite crawler of a portal: it reads each site's robots.txt first and never fetches what it disallows; it asks
 * one thing at a time, waiting {@code delay} (or the site's Crawl-delay, if longer) between two requests to the same
 * host; it names itself in a User-Agent; it follows only links and sitemap entries of the sites it was started on
 * (same host, with or without {@code www.}); and it retries a failed request (a network error, 429 or 5xx) with
 * growing waits, honouring Retry-After. Everything it fetches (robots.txt, sitemaps, pages, redirects, errors) goes
 * to a WARC file as request and response records ({@link CrawlWarc}), for the record and for import. Pages come in
 * order: the start URLs, then the sitemaps' pages, then links, breadth first, up to {@code maxPages}.
 */
public final class Crawler {
    /** The product token robots.txt groups are matched against. */
    public static final String AGENT_TOKEN = "tindex";
    /** The User-Agent header: who is asking, and why. */
    public static final String USER_AGENT =
            "tindex/0.1 (crawler for an index of public press releases; obeys robots.txt; one request at a time)";
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp[34]|avi|mov|wmv"
                    + "|flv|css|js|json|xml|rss|txt|exe|apk)$");
    private static final int MAX_SITEMAPS = 200;

    /** How a crawl runs. */
    public record Options(int maxPages, Duration delay, int retries, Duration timeout, long maxBytes) {
        public Options {
            if (maxPages < 1) {
                throw new IllegalArgumentException("--max-pages must be at least 1, not " + maxPages);
            }
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("--delay must not be negative");
            }
            if (retries < 0 || timeout == null || timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
                throw new IllegalArgumentException("retries, timeout and maxBytes must be positive");
            }
        }

        /** {@code maxPages} pages, {@code delay} between requests to a host, 3 retries, 30 s timeout, 20 MB pages. */
        public static Options of(int maxPages, Duration delay) {
            return new Options(maxPages, delay, 3, Duration.ofSeconds(30), 20L * 1024 * 1024);
        }
    }

    /**
     * What a crawl did: pages fetched (of the frontier), requests made (robots.txt, sitemaps and retries too), pages
     * robots.txt kept us from, pages answered with a 4xx (dead links: counted, not failures), and the URLs that
     * could not be fetched (network errors, 5xx after the retries, pages over the size bound).
     */
    public record Result(int pages, int requests, int skippedByRobots, int clientErrors, List<Issue> issues) {}

    private final Options options;
    private final HttpClient client;
    private final Map<String, Host> hosts = new HashMap<>();
    private final Consumer<Issue> issues;
    private final Consumer<String> log;

    /** A crawler that reports each URL it could not fetch to {@code issues} and what it does to {@code log}. */
    public Crawler(Options options, Consumer<Issue> issues, Consumer<String> log) {
        if (options == null || issues == null || log == null) {
            throw new IllegalArgumentException("options, issues and log must not be null");
        }
        this.options = options;
        this.issues = issues;
        this.log = log;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    /** The politeness state of one host: its rules and when it was last asked. */
    private static final class Host {
        RobotsTxt robots;
        long lastRequest = Long.MIN_VALUE;
    }

    /** Crawls from the start URLs and writes everything fetched to the WARC file {@code warc} (gzip). */
    public Result crawl(List<String> startUrls, Path warc) throws IOException {
        if (startUrls == null || startUrls.isEmpty()) {
            throw new IllegalArgumentException("give at least one URL to crawl");
        }
        List<URI> starts = new ArrayList<>();
        for (String s : startUrls) {
            URI uri = parse(s);
            if (uri == null) {
                throw new IllegalArgumentException("not an http(s) URL: '" + s + "'");
            }
            starts.add(uri);
        }
        Set<String> sites = new HashSet<>();
        starts.forEach(u -> sites.add(site(u)));
        Deque<URI> frontier = new ArrayDeque<>(starts);
        Set<String> seen = new HashSet<>();
        starts.forEach(u -> seen.add(u.toString()));
        int pages = 0;
        int[] requests = {0, 0};
        int skipped = 0;
        List<Issue> failed = new ArrayList<>();
        Consumer<Issue> report = issue -> {
            failed.add(issue);
            issues.accept(issue);
        };
        try (CrawlWarc out = new CrawlWarc(warc, USER_AGENT)) {
            Fetcher fetcher = new Fetcher(out, report, requests);
            for (URI start : starts) {
                host(start, fetcher, sites, frontier, seen);
            }
            while (!frontier.isEmpty() && pages < options.maxPages()) {
                URI uri = frontier.removeFirst();
                Host host = host(uri, fetcher, sites, frontier, seen);
                if (!host.robots.allowed(pathAndQuery(uri))) {
                    skipped++;
                    log.accept("robots.txt disallows " + uri);
                    continue;
                }
                Fetched page = fetcher.fetch(uri, host);
                pages++;
                if (page == null) {
                    continue;
                }
                if (page.status() >= 300 && page.status() < 400 && page.location() != null) {
                    enqueue(page.location(), sites, frontier, seen, false);
                } else if (page.status() == 200 && page.isHtml()) {
                    for (URI link : links(page)) {
                        enqueue(link, sites, frontier, seen, false);
                    }
                }
            }
        }
        return new Result(pages, requests[0], skipped, requests[1], List.copyOf(failed));
    }

    /** The host of {@code uri}, reading its robots.txt and sitemaps the first time. */
    private Host host(URI uri, Fetcher fetcher, Set<String> sites, Deque<URI> frontier, Set<String> seen) {
        String key = uri.getScheme() + "://" + uri.getAuthority();
        Host host = hosts.get(key);
        if (host != null) {
            return host;
        }
        host = new Host();
        host.robots = RobotsTxt.allowAll(); // while robots.txt itself is being fetched
        hosts.put(key, host);
        URI robotsUri = URI.create(key + "/robots.txt");
        Fetched robots = fetcher.fetch(robotsUri, host);
        if (robots == null || robots.status() >= 500) {
            host.robots = RobotsTxt.disallowAll();
            log.accept("robots.txt of " + key + " could not be read: crawling nothing there");
            return host;
        }
        host.robots = robots.status() == 200
                ? RobotsTxt.parse(new String(robots.body(), StandardCharsets.UTF_8), AGENT_TOKEN)
                : RobotsTxt.allowAll();
        List<String> sitemaps = new ArrayList<>(host.robots.sitemaps());
        if (sitemaps.isEmpty()) {
            sitemaps.add(key + "/sitemap.xml");
        }
        readSitemaps(sitemaps, host, fetcher, sites, frontier, seen);
        return host;
    }

    /** Reads sitemaps (and the sitemaps they index) of the host; their pages join the frontier. */
    private void readSitemaps(List<String> first, Host host, Fetcher fetcher, Set<String> sites, Deque<URI> frontier,
                              Set<String> seen) {
        Deque<String> todo = new ArrayDeque<>(first);
        Set<String> read = new HashSet<>();
        while (!todo.isEmpty() && read.size() < MAX_SITEMAPS) {
            URI uri = parse(todo.removeFirst());
            if (uri == null || !sites.contains(site(uri)) || !read.add(uri.toString())
                    || !host.robots.allowed(pathAndQuery(uri))) {
                continue;
            }
            Host own = hosts.get(uri.getScheme() + "://" + uri.getAuthority());
            Fetched map = fetcher.fetch(uri, own != null ? own : host);
            if (map == null || map.status() != 200) {
                continue;
            }
            Sitemaps.Entries entries = Sitemaps.read(text(map.body()));
            todo.addAll(entries.sitemaps());
            for (String page : entries.pages()) {
                URI p = parse(page);
                if (p != null) {
                    enqueue(p, sites, frontier, seen, false);
                }
            }
        }
    }

    private static String text(byte[] body) {
        if (body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                return new String(in.readNBytes(50 * 1024 * 1024), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void enqueue(URI uri, Set<String> sites, Deque<URI> frontier, Set<String> seen, boolean first) {
        if (uri == null || !sites.contains(site(uri)) || NOT_A_PAGE.matcher(uri.getPath() == null ? ""
                : uri.getPath()).matches()) {
            return;
        }
        if (seen.add(uri.toString())) {
            if (first) {
                frontier.addFirst(uri);
            } else {
                frontier.addLast(uri);
            }
        }
    }

    /** The links of a page, absolute, without fragments. */
    private static List<URI> links(Fetched page) {
        List<URI> links = new ArrayList<>();
        Document doc = Jsoup.parse(new String(page.body(), page.charset()), page.uri().toString());
        for (Element a : doc.select("a[href]")) {
            if (a.hasAttr("rel") && a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            URI link = parse(a.absUrl("href"));
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    /** An http(s) URL without its fragment, or null. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            URI clean = new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath()
                    == null || uri.getPath().isEmpty() ? "/" : uri.getPath(), uri.getQuery(), null);
            return clean;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The site of a URL: its host in lower case without a leading {@code www.}, with its port. */
    static String site(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** One response: status, headers that matter, body (at most maxBytes). */
    record Fetched(URI uri, int status, String contentType, URI location, byte[] body) {
        boolean isHtml() {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/html") || type.startsWith("application/xhtml");
        }

        java.nio.charset.Charset charset() {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            int at = type.indexOf("charset=");
            if (at >= 0) {
                String name = type.substring(at + 8).replaceAll("[\"';\\s].*$", "");
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (RuntimeException e) {
                    // an unknown charset: links are ASCII anyway
                }
            }
            return StandardCharsets.UTF_8;
        }
    }

    /** Fetches with politeness and retries, and records every exchange in the WARC file. */
    private final class Fetcher {
        private final CrawlWarc warc;
        private final Consumer<Issue> report;
        private final int[] requests;

        Fetcher(CrawlWarc warc, Consumer<Issue> report, int[] requests) {
            this.warc = warc;
            this.report = report;
            this.requests = requests;
        }

        /** The response to a GET of {@code uri} (any status), or null when it could not be had after retries. */
        Fetched fetch(URI uri, Host host) {
            String lastError = null;
            for (int attempt = 0; attempt <= options.retries(); attempt++) {
                Duration backoff = attempt == 0 ? Duration.ZERO : backoff(attempt);
                waitTurn(host, backoff);
                requests[0]++;
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(options.timeout())
                        .header("User-Agent", USER_AGENT)
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5")
                        .GET().build();
                Instant date = Instant.now();
                try {
                    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                    byte[] body;
                    boolean truncated;
                    try (InputStream in = response.body()) {
                        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                        truncated = body.length > options.maxBytes();
                    }
                    if (truncated) {
                        body = java.util.Arrays.copyOf(body, (int) options.maxBytes());
                    }
                    host.lastRequest = System.nanoTime();
                    warc.write(request, response, body, truncated, date);
                    int status = response.statusCode();
                    if ((status == 429 || status >= 500) && attempt < options.retries()) {
                        lastError = "HTTP " + status;
                        retryAfter(response).ifPresent(d -> host.lastRequest = System.nanoTime() + d.toNanos()
                                - politeDelay(host).toNanos());
                        continue;
                    }
                    if (status >= 500) {
                        report.accept(new Issue(uri.toString(), "HTTP " + status + " after "
                                + (options.retries() + 1) + " tries"));
                    } else if (status >= 400) {
                        if (!uri.getPath().endsWith("/robots.txt") && !uri.getPath().endsWith("sitemap.xml")) {
                            requests[1]++; // a dead link is the site's, not a failure of the crawl
                        }
                    } else if (truncated) {
                        report.accept(new Issue(uri.toString(), "page too large (over " + options.maxBytes()
                                + " bytes); kept truncated in the WARC file, not imported"));
                    }
                    String location = response.headers().firstValue("Location").orElse(null);
                    return new Fetched(uri, status, response.headers().firstValue("Content-Type").orElse(null),
                            location == null ? null : parse(uri.resolve(location.strip()).toString()), body);
                } catch (IOException | IllegalArgumentException e) {
                    host.lastRequest = System.nanoTime();
                    lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
            }
            report.accept(new Issue(uri.toString(), "could not fetch after " + (options.retries() + 1)
                    + " tries: " + lastError));
            return null;
        }

        /** The wait before retry {@code attempt}: the delay (at least 100 ms) doubled each time, at most a minute. */
        private Duration backoff(int attempt) {
            long base = Math.max(100, options.delay().toMillis());
            return Duration.ofMillis(Math.min(60_000, base << Math.min(attempt - 1, 10)));
        }

        private java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
            return response.headers().firstValue("Retry-After").flatMap(v -> {
                try {
                    long s = Long.parseLong(v.strip());
                    return java.util.Optional.of(Duration.ofSeconds(Math.min(Math.max(s, 0), 120)));
                } catch (NumberFormatException e) {
                    return java.util.Optional.empty();
                }
            });
        }

        /** Sleeps until the host may be asked again: its delay after the last request, and {@code extra}. */
        private void waitTurn(Host host, Duration extra) {
            long wait = extra.toNanos();
            if (host.lastRequest != Long.MIN_VALUE) {
                wait = Math.max(wait, host.lastRequest + politeDelay(host).toNanos() - System.nanoTime());
            }
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
            }
        }

        private Duration politeDelay(Host host) {
            Double crawlDelay = host.robots == null ? null : host.robots.crawlDelaySeconds();
            Duration delay = options.delay();
            if (crawlDelay != null) {
                Duration robots = Duration.ofMillis(Math.round(crawlDelay * 1000));
                delay = robots.compareTo(delay) > 0 ? robots : delay;
            }
            return delay;
        }
    }
}

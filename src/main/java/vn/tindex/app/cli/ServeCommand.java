package vn.tindex.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tindex.app.http.SearchServer;
import vn.tindex.index.ArticleSearcher;

/** {@code tindex serve}: the JSON API and the web page, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search page and the JSON API (/api/search, /api/facts, /api/articles/{id},"
                + " /api/agency?name=, /api/export) over an index. Listens on 127.0.0.1 unless --host says otherwise."
                + " Restart it after an import to see the new articles.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexToSearch index;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the index)")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ArticleSearcher searcher = index.open();
        SearchServer server;
        try {
            server = SearchServer.start(searcher, host, port);
        } catch (RuntimeException e) {
            searcher.close();
            throw new IllegalArgumentException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                searcher.close();
            } catch (IOException e) {
                System.err.println("tindex: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.err.printf("tindex: serving %d articles from %s on http://%s:%d/ (Ctrl-C stops)%n",
                searcher.numDocs(), index.index, host.contains(":") ? "[" + host + "]" : host, server.port());
        stopped.await();
        return 0;
    }
}

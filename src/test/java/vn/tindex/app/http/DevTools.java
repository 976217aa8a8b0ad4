package vn.tindex.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven through the plain DevTools protocol over a java.net.http WebSocket: no driver, no
 * browser download. Debian's {@code chromium} package is expected on the PATH (or {@code TINDEX_CHROMIUM}); the
 * test that uses this installs nothing itself. The browser process is ours and {@link #close} ends it.
 */
final class DevTools implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP = Duration.ofSeconds(15);
    /** The flags that work on this machine (root, no GPU, no network but loopback). */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,1000");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    private DevTools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The chromium executable: $TINDEX_CHROMIUM, else chromium or chromium-browser on the PATH; null when none. */
    static Path findChromium() {
        String configured = System.getenv("TINDEX_CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Starts the browser with a fresh profile in {@code profile} and attaches to its first page. */
    static DevTools launch(Path chromium, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
        try {
            int port = debuggingPort(profile.resolve("DevToolsActivePort"), process);
            String pageSocket = pageWebSocket(port);
            DevTools[] self = new DevTools[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(STEP)
                    .buildAsync(URI.create(pageSocket), new Listener(message -> {
                        if (self[0] != null) {
                            self[0].dispatch(message);
                        }
                    }))
                    .get(STEP.toSeconds(), TimeUnit.SECONDS);
            self[0] = new DevTools(process, socket);
            self[0].send("Page.enable", Map.of());
            self[0].send("Runtime.enable", Map.of());
            self[0].send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            throw e;
        } catch (Exception e) {
            stop(process);
            throw new IOException("cannot attach to chromium: " + e, e);
        }
    }

    private static int debuggingPort(Path activePort, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (!lines.isEmpty() && lines.get(0).matches("\\d+")) {
                    return Integer.parseInt(lines.get(0));
                }
            }
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + " before listening");
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium did not write " + activePort + " within " + STEP);
    }

    private static String pageWebSocket(int port) throws IOException, InterruptedException {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(STEP).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return target.get("webSocketDebuggerUrl").asText();
            }
        }
        throw new IOException("chromium has no page target: " + list.body());
    }

    private void dispatch(String message) {
        try {
            JsonNode json = JSON.readTree(message);
            if (json.has("id")) {
                CompletableFuture<JsonNode> future = pending.remove(json.get("id").asInt());
                if (future != null) {
                    if (json.has("error")) {
                        future.completeExceptionally(new IOException("DevTools error: " + json.get("error")));
                    } else {
                        future.complete(json.get("result"));
                    }
                }
            } else if ("Runtime.exceptionThrown".equals(json.path("method").asText())) {
                pageErrors.add(json.path("params").path("exceptionDetails").toString());
            }
        } catch (IOException e) {
            pageErrors.add("unreadable DevTools message: " + e);
        }
    }

    /** Sends a command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).join();
        try {
            return future.get(STEP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(method + " failed: " + e.getMessage(), e);
        }
    }

    /** The value of a JavaScript expression (promises awaited). */
    JsonNode eval(String expression) throws IOException {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("page script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is true; fails with {@code what} after a while. */
    void waitFor(String expression, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        String lastError = "";
        while (System.nanoTime() < deadline) {
            try {
                if (eval("!!(" + expression + ")").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                lastError = " last error: " + e.getMessage(); // the page may still be loading
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + " (" + expression + ")" + lastError);
    }

    void navigate(String url) throws IOException {
        send("Page.navigate", Map.of("url", url));
    }

    /** A real mouse click in the middle of the first element matching {@code selector}. */
    void click(String selector) throws IOException {
        JsonNode box = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        if (box.isNull() || box.isMissingNode()) {
            throw new AssertionError("nothing to click at " + selector);
        }
        double x = box.get("x").asDouble();
        double y = box.get("y").asDouble();
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
                "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
                "clickCount", 1));
    }

    /** Types text into the focused element, as an input method would. */
    void type(String text) throws IOException {
        send("Input.insertText", Map.of("text", text));
    }

    void pressEnter() throws IOException {
        Map<String, Object> key = Map.of("key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13,
                "nativeVirtualKeyCode", 13);
        Map<String, Object> down = new java.util.HashMap<>(key);
        down.put("type", "keyDown");
        down.put("text", "\r");
        send("Input.dispatchKeyEvent", down);
        Map<String, Object> up = new java.util.HashMap<>(key);
        up.put("type", "keyUp");
        send("Input.dispatchKeyEvent", up);
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** Uncaught script errors the page reported so far. */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    @Override
    public void close() {
        socket.abort();
        stop(process);
    }

    /** Ends the browser we started and the helper processes it started, by handle. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the frames of each text message and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}

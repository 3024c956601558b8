package dev.veille.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port, for tests: handlers are registered by exact path, every request
 * it receives is recorded (method, path, headers) before its handler runs, unknown paths answer 404.
 * Each request runs on its own thread, so a handler that stalls or drips does not block the others; closing
 * the server interrupts such handlers.
 *
 * <pre>{@code
 * try (LocalHttpServer server = LocalHttpServer.start()) {
 *     server.on("/feed.xml", CannedResponse.ok("application/rss+xml", "<rss/>"));
 *     ... fetch server.url("/feed.xml") ...
 *     assertEquals("Veille/0.1 …", server.onlyRequestTo("/feed.xml").header("User-Agent"));
 * }
 * }</pre>
 */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService handlerThreads;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private LocalHttpServer(HttpServer server, ExecutorService handlerThreads) {
        this.server = server;
        this.handlerThreads = handlerThreads;
    }

    /** Starts a server on 127.0.0.1 and a port chosen by the system. */
    public static LocalHttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "local-http-server");
                thread.setDaemon(true);
                return thread;
            });
            LocalHttpServer local = new LocalHttpServer(server, threads);
            // One root context dispatching on the exact path: HttpServer's own contexts match by prefix.
            server.createContext("/", local::dispatch);
            server.setExecutor(threads);
            server.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local test server", e);
        }
    }

    /** Answers requests to exactly {@code path} (query string ignored) with {@code handler}; replaces any previous one. */
    public LocalHttpServer on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "http://127.0.0.1:port" followed by {@code pathAndQuery}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(url(pathAndQuery));
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** The single request made to {@code path}; fails if there were none or several. */
    public RecordedRequest onlyRequestTo(String path) {
        List<RecordedRequest> matching = requestsTo(path);
        if (matching.size() != 1) {
            throw new AssertionError("expected exactly one request to " + path + " but got " + matching.size()
                    + ": " + requests);
        }
        return matching.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        handlerThreads.shutdownNow(); // interrupts handlers that stall or drip
        try {
            handlerThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        URI requested = exchange.getRequestURI();
        requests.add(RecordedRequest.of(exchange));
        HttpHandler handler = handlers.get(requested.getPath());
        try (exchange) {
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                handler.handle(exchange);
            }
        }
    }
}

package dev.veille.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's web: {@code /feeds/{n}.xml} for n in 0..size-1, generated once per version and served from
 * memory with an ETag and a Last-Modified, answering 304 to a request whose validators are current.
 * Built on the JDK's server with {@code sun.net.httpserver.nodelay=true} (set by {@link Benchmark} before the
 * server class loads): without it every 200 would stall ~40 ms on Nagle and delayed ACKs.
 */
final class FeedFarm implements AutoCloseable {

    /** What one feed currently answers. */
    private record Served(int version, byte[] body, String etag, String lastModified) {
    }

    private final SyntheticFeeds feeds;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicReferenceArray<Served> served;
    private final AtomicLong full = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    FeedFarm(SyntheticFeeds feeds, int size) {
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            throw new IllegalStateException("set -Dsun.net.httpserver.nodelay=true before starting the feed farm");
        }
        this.feeds = feeds;
        this.served = new AtomicReferenceArray<>(size);
        for (int feed = 0; feed < size; feed++) {
            served.set(feed, serve(feed, 0));
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed farm", e);
        }
        threads = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "feed-farm");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/feeds/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int size() {
        return served.length();
    }

    String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + feed + ".xml";
    }

    /** Publishes {@link SyntheticFeeds#CHANGE_STEP} new entries on the feed: it gets a new body and validators. */
    void change(int feed) {
        served.set(feed, serve(feed, served.get(feed).version() + 1));
    }

    long fullAnswers() {
        return full.get();
    }

    long notModifiedAnswers() {
        return notModified.get();
    }

    private Served serve(int feed, int version) {
        return new Served(version, feeds.body(feed, version), "\"f" + feed + "-v" + version + "\"",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(feeds.lastModified(feed, version).atOffset(ZoneOffset.UTC)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int feed;
            try {
                feed = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            } catch (RuntimeException e) {
                feed = -1;
            }
            if (feed < 0 || feed >= served.length()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Served current = served.get(feed);
            exchange.getResponseHeaders().add("ETag", current.etag());
            exchange.getResponseHeaders().add("Last-Modified", current.lastModified());
            if (isCurrent(exchange, current)) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            full.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", feeds.contentType(feed));
            exchange.sendResponseHeaders(200, current.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(current.body());
            }
        }
    }

    // If-None-Match wins when sent (RFC 9110 §13.2.2); the date is compared as the exact string we gave out.
    private static boolean isCurrent(HttpExchange exchange, Served current) {
        String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (etag != null) {
            return etag.equals(current.etag());
        }
        String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        return since != null && since.equals(current.lastModified());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

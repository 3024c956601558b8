package dev.veille.testing;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as {@link LocalHttpServer} received it; header names are looked up case-insensitively.
 * {@code clientPort} is the client's side of the connection: two requests with the same one shared a connection.
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              int clientPort) {

    static RecordedRequest of(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRemoteAddress().getPort());
    }

    /** The first value of the header, or null when it was not sent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

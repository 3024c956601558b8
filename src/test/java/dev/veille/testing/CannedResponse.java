package dev.veille.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed answer for {@link LocalHttpServer}: a status, headers and a body sent with its Content-Length.
 * Immutable; each {@code with…} returns a new one: {@code CannedResponse.status(301).withHeader("Location", "/b")}.
 */
public record CannedResponse(int status, Map<String, String> headers, byte[] body) implements HttpHandler {

    public CannedResponse {
        headers = Map.copyOf(headers);
    }

    public static CannedResponse status(int status) {
        return new CannedResponse(status, Map.of(), new byte[0]);
    }

    public static CannedResponse ok(String contentType, String body) {
        return status(200).withHeader("Content-Type", contentType).withBody(body);
    }

    public CannedResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new CannedResponse(status, more, body);
    }

    public CannedResponse withBody(String text) {
        return withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    public CannedResponse withBody(byte[] bytes) {
        return new CannedResponse(status, headers, bytes.clone());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        // -1 means "no body" to HttpServer (and 304 must have none); 0 would mean chunked.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

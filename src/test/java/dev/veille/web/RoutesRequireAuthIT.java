package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.javalin.router.ParsedEndpoint;

import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;

/**
 * Every route the real server registers, called without credentials (and with wrong ones), is refused: 401
 * for the API and the metrics scraped with the token, a 303 to the login page for everything else. Only the login and setup pages and the health probe
 * are open. The routes are read from the router itself, so a route added tomorrow without protection fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesRequireAuthIT {

    /** Open by design: signing in, choosing the first password, and the probe of load balancers and Docker. */
    private static final Set<String> OPEN = Set.of("GET /login", "POST /login", "GET /setup", "POST /setup",
            "GET /api/health");
    /** Credentials that must count for nothing. */
    private static final List<Map<String, String>> NO_CREDENTIALS = List.of(
            Map.of(),
            Map.of("Authorization", "Bearer wrong-token"),
            Map.of("Authorization", "Bearer " + RunningVeille.TOKEN + "x"),
            Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes())),
            Map.of("Authorization", "bearer"),
            Map.of("Cookie", "veille_session=forged"),
            Map.of("Cookie", "veille_session="));

    private RunningVeille veille;

    @BeforeAll
    void start() {
        veille = RunningVeille.start("http://127.0.0.1:9");
    }

    @AfterAll
    void stop() {
        veille.close();
    }

    @Test
    void everyRegisteredRouteButTheOpenOnesRefusesAnonymousCallers() {
        List<String> routes = routes();
        assertTrue(routes.size() >= 35, "the router lists the API's routes: " + routes);
        assertTrue(routes.containsAll(OPEN), "the open routes are registered: " + routes);

        List<String> unprotected = new ArrayList<>();
        for (String route : routes) {
            if (OPEN.contains(route)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = withDummyParameters(route.substring(route.indexOf(' ') + 1));
            for (Map<String, String> credentials : NO_CREDENTIALS) {
                Answer answer = call(method, path, credentials);
                String refusal = refusalProblem(path, answer);
                if (refusal != null) {
                    unprotected.add(method + " " + path + " with " + credentials + ": " + refusal);
                }
            }
        }
        assertEquals(List.of(), unprotected, "routes that let an anonymous caller through");
    }

    @Test
    void theOpenRoutesAreTheOnesMeantToBe() {
        Answer health = call("GET", "/api/health", Map.of());
        assertEquals(200, health.status(), health.body());
        assertEquals("ok", health.json().get("status").asText());
        Answer login = call("GET", "/login", Map.of());
        assertEquals(200, login.status(), login.body());
        assertTrue(login.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // No password is set in this Veille: setup without its one-time token is refused, never opened.
        Answer setup = call("POST", "/setup", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertTrue(setup.status() == 403 || setup.status() == 400 || setup.status() == 303,
                "setup without its token: " + setup.status() + " " + setup.body());
    }

    @Test
    void pagesFilesAndUnknownPathsNeedASessionToo() {
        // Static files and paths no route knows go through the same gate: nothing is served, nothing is
        // even said to exist, before signing in.
        for (String path : List.of("/", "/index.html", "/setup.html", "/login.html", "/app.js",
                "/admin", "/.env", "/db/migration/V1__sources_and_items.sql", "/web/index.html", "/API/sources")) {
            Answer answer = call("GET", path, Map.of());
            assertEquals(303, answer.status(), path + ": " + answer.body());
            assertTrue(answer.response().headers().firstValue("Location").orElse("").startsWith("/login"), path);
        }
        for (String path : List.of("/api", "/api/", "/api/nope", "/api/metrics", "/api/health/", "/api/sources/",
                "/api/health/../sources", "/api//sources", "/api/health;x=1", "/api/health%2F..%2Fsources",
                "/login/../api/sources", "/login.css/../api/sources", "/api/health/%2e%2e/sources")) {
            Answer answer = call("GET", path, Map.of());
            assertTrue(Set.of(303, 400, 401, 404).contains(answer.status()), path + ": " + answer.status());
            assertTrue(!answer.body().contains("\"sources\"") || path.startsWith("/api/health") && answer.status() == 200,
                    path + " leaked: " + answer.body());
            assertTrue(answer.status() != 200 || path.matches("/api/health/?"), path + " answered 200: " + answer.body());
        }
    }

    // --- helpers ---

    /** "METHOD /path" of every HTTP endpoint, sorted; before/after filters are not routes. */
    private List<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : veille.server().unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod()) {
                routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }
        return List.copyOf(routes);
    }

    private static String withDummyParameters(String path) {
        return path.replace("{month}", "2019-10").replaceAll("\\{[^}]+}", "1").replaceAll("<[^>]+>", "x");
    }

    /** Why this answer lets the caller through, or null when it is the expected refusal. */
    private static String refusalProblem(String path, Answer answer) {
        if (path.startsWith("/api/") || path.equals("/metrics")) {
            if (answer.status() != 401) {
                return "answered " + answer.status() + " " + answer.body();
            }
            if (answer.json() == null || !answer.json().has("error")) {
                return "401 without a JSON error: " + answer.body();
            }
            return null;
        }
        if (answer.status() != 303) {
            return "answered " + answer.status() + " " + answer.body();
        }
        String location = answer.response().headers().firstValue("Location").orElse("");
        return location.startsWith("/login") ? null : "redirected to " + location;
    }

    private Answer call(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = veille.request(path)
                .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET") && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return veille.send(request);
    }
}

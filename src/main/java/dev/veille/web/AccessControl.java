package dev.veille.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import dev.veille.auth.Sessions;

/**
 * Decides, before any route or file, who may go on: the login and setup pages and health are open; the API
 * takes the bearer token (scripts) or a session cookie plus its CSRF token on every write (the browser);
 * pages without a session are sent to the login page.
 */
final class AccessControl {

    static final String SESSION_COOKIE = "veille_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> OPEN_PATHS = Set.of("/login", "/setup", "/login.css", "/login.js",
            "/api/health", "/favicon.ico");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final BearerAuth bearer;
    private final Sessions sessions;

    AccessControl(BearerAuth bearer, Sessions sessions) {
        this.bearer = bearer;
        this.sessions = sessions;
    }

    void check(Context ctx) {
        String path = ctx.path();
        if (OPEN_PATHS.contains(path)) {
            return;
        }
        boolean api = path.startsWith("/api/");
        if (api && ctx.header("Authorization") != null) {
            bearer.check(ctx);
            return;
        }
        Optional<String> csrf = sessions.csrfOf(ctx.cookie(SESSION_COOKIE));
        if (csrf.isEmpty()) {
            if (api) {
                bearer.check(ctx); // answers 401 with the bearer challenge
            }
            ctx.redirect("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!SAFE_METHODS.contains(ctx.method().name()) && !csrfMatches(ctx, csrf.get())) {
            throw new HttpResponseException(403, "missing or invalid CSRF token: send the " + CSRF_HEADER
                    + " header from GET /api/session");
        }
    }

    static boolean csrfMatches(Context ctx, String expected) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null) {
            given = ctx.formParam("csrf");
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}

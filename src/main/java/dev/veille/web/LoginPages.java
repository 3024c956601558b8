package dev.veille.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import dev.veille.auth.CuratorPassword;
import dev.veille.auth.LoginThrottle;
import dev.veille.auth.Sessions;
import dev.veille.config.Config;

/** The browser's way in and out: login, first-start password setup, logout, and the session's CSRF token. */
final class LoginPages {

    private final CuratorPassword password;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final WebFiles files;

    LoginPages(CuratorPassword password, Sessions sessions, LoginThrottle throttle, WebFiles files) {
        this.password = password;
        this.sessions = sessions;
        this.throttle = throttle;
        this.files = files;
    }

    void loginPage(Context ctx) {
        if (sessions.csrfOf(ctx.cookie(AccessControl.SESSION_COOKIE)).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        html(ctx, "login.html");
    }

    void login(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        String back = "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&error=";
        String address = ctx.ip();
        if (!throttle.allows(address)) {
            ctx.redirect(back + "rate", HttpStatus.SEE_OTHER);
            return;
        }
        if (!password.matches(ctx.formParam("password"))) {
            throttle.failed(address);
            ctx.redirect(back + (password.isSet() ? "1" : "setup"), HttpStatus.SEE_OTHER);
            return;
        }
        throttle.succeeded(address);
        openSession(ctx);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void setupPage(Context ctx) {
        if (password.isSet()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        html(ctx, "setup.html");
    }

    void setup(Context ctx) {
        String token = ctx.formParam("token");
        String back = "/setup?token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8)
                + "&error=";
        String chosen = ctx.formParam("password");
        if (chosen == null || chosen.length() < Config.MIN_PASSWORD_LENGTH) {
            ctx.redirect(back + "short", HttpStatus.SEE_OTHER);
            return;
        }
        if (!chosen.equals(ctx.formParam("confirm"))) {
            ctx.redirect(back + "mismatch", HttpStatus.SEE_OTHER);
            return;
        }
        if (!password.setWithToken(token, chosen)) {
            ctx.redirect(back + "token", HttpStatus.SEE_OTHER);
            return;
        }
        openSession(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Ends the session; needs its CSRF token, so another site cannot log the curator out. */
    void logout(Context ctx) {
        String cookie = ctx.cookie(AccessControl.SESSION_COOKIE);
        String csrf = sessions.csrfOf(cookie).orElse(null);
        if (csrf == null) {
            ctx.status(204);
            return;
        }
        if (!AccessControl.csrfMatches(ctx, csrf)) {
            throw new HttpResponseException(403, "missing or invalid CSRF token");
        }
        sessions.close(cookie);
        setCookie(ctx, "", 0);
        ctx.status(204);
    }

    void session(Context ctx) {
        String csrf = sessions.csrfOf(ctx.cookie(AccessControl.SESSION_COOKIE)).orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", true);
        body.put("csrfToken", csrf);
        ctx.json(body);
    }

    private void openSession(Context ctx) {
        Sessions.Opened opened = sessions.open(ctx.cookie(AccessControl.SESSION_COOKIE));
        setCookie(ctx, opened.cookieValue(), (int) Sessions.LIFETIME.toSeconds());
    }

    // Written by hand so every attribute is explicit: HttpOnly (no script reads it), SameSite=Lax (no
    // cross-site writes carry it), Secure behind HTTPS.
    private static void setCookie(Context ctx, String value, int maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equals(ctx.scheme());
        ctx.res().addHeader("Set-Cookie", AccessControl.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age="
                + maxAgeSeconds + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    private void html(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(files.read(name));
    }

    // Only a path on this site: never "//evil.example" or "https://evil.example".
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login") || next.startsWith("/setup")) {
            return "/";
        }
        return next;
    }
}

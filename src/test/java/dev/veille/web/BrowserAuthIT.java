package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;

/** The browser's way in: password login, session cookie, CSRF on writes, throttling, security headers. */
class BrowserAuthIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern COOKIE = Pattern.compile("veille_session=([^;]*)");

    private RunningVeille veille;

    @AfterEach
    void stop() {
        veille.close();
    }

    private RunningVeille start(Map<String, String> env) {
        veille = RunningVeille.start("http://127.0.0.1:9", env);
        return veille;
    }

    private Answer postForm(String path, String form, String cookie) {
        HttpRequest.Builder request = veille.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", "veille_session=" + cookie);
        }
        return veille.send(request);
    }

    private Answer login(String password) {
        return postForm("/login", "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2F%23%2Fmois", null);
    }

    private static String cookieOf(Answer answer) {
        String header = answer.response().headers().firstValue("Set-Cookie").orElse("");
        Matcher matcher = COOKIE.matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }

    private Answer withCookie(HttpRequest.Builder request, String cookie) {
        return veille.send(request.header("Cookie", "veille_session=" + cookie));
    }

    @Test
    void loginOpensAnHttpOnlySessionThatReadsTheApiAndWritesOnlyWithItsCsrfToken() {
        start(Map.of("VEILLE_PASSWORD", PASSWORD));
        Answer page = veille.send(veille.request("/login"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("name=\"password\""), page.body());

        Answer loggedIn = login(PASSWORD);
        assertEquals(303, loggedIn.status());
        assertEquals("/#/mois", loggedIn.response().headers().firstValue("Location").orElse(""));
        String setCookie = loggedIn.response().headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        String cookie = cookieOf(loggedIn);

        Answer session = withCookie(veille.request("/api/session"), cookie);
        assertEquals(200, session.status());
        String csrf = session.json().get("csrfToken").asText();
        assertEquals(43, csrf.length());
        assertEquals(200, withCookie(veille.request("/api/sections"), cookie).status());

        HttpRequest.Builder write = veille.request("/api/sections").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Réseau\"}"));
        Answer refused = withCookie(write, cookie);
        assertEquals(403, refused.status());
        assertTrue(refused.json().get("error").asText().contains("CSRF"), refused.body());
        Answer wrongToken = withCookie(veille.request("/api/sections").header("X-CSRF-Token", "nope")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Réseau\"}")), cookie);
        assertEquals(403, wrongToken.status());
        Answer accepted = withCookie(veille.request("/api/sections").header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Réseau\"}")), cookie);
        assertEquals(201, accepted.status(), accepted.body());

        Answer again = login(PASSWORD);
        assertNotEquals(cookie, cookieOf(again), "every login gets a new session id");

        Answer logout = withCookie(veille.request("/logout").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()), cookie);
        assertEquals(204, logout.status());
        assertEquals(401, withCookie(veille.request("/api/sections"), cookie).status(), "the session is gone");
    }

    @Test
    void pagesWithoutSessionGoToLoginAndEveryAnswerCarriesTheSecurityHeaders() {
        start(Map.of("VEILLE_PASSWORD", PASSWORD));
        for (String path : new String[] {"/", "/index.html"}) {
            Answer answer = veille.send(veille.request(path));
            assertEquals(303, answer.status(), path);
            assertEquals("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8),
                    answer.response().headers().firstValue("Location").orElse(""), path);
        }
        Answer api = veille.send(veille.request("/api/links"));
        assertEquals(401, api.status());
        assertEquals("missing bearer token: send 'Authorization: Bearer <token>'", api.json().get("error").asText());

        String cookie = cookieOf(login(PASSWORD));
        Answer index = withCookie(veille.request("/"), cookie);
        assertEquals(200, index.status());
        for (Answer answer : new Answer[] {index, veille.send(veille.request("/login")), api}) {
            String csp = answer.response().headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", answer.response().headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", answer.response().headers().firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void wrongPasswordsAreRefusedThenThrottled() {
        start(Map.of("VEILLE_PASSWORD", PASSWORD));
        for (int i = 0; i < 5; i++) {
            Answer wrong = login("guess " + i);
            assertEquals(303, wrong.status());
            assertEquals("/login?next=%2F%23%2Fmois&error=1", wrong.response().headers().firstValue("Location").orElse(""));
            assertTrue(wrong.response().headers().firstValue("Set-Cookie").isEmpty());
        }
        Answer throttled = login(PASSWORD);
        assertEquals("/login?next=%2F%23%2Fmois&error=rate", throttled.response().headers().firstValue("Location").orElse(""),
                "even the right password waits once the limit is reached");
        assertTrue(throttled.response().headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void nextNeverLeadsToAnotherSite() {
        start(Map.of("VEILLE_PASSWORD", PASSWORD));
        Answer answer = postForm("/login", "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&next=%2F%2Fevil.example%2F", null);
        assertEquals("/", answer.response().headers().firstValue("Location").orElse(""));
    }

    @Test
    void withoutAPasswordTheConsoleGivesAOneTimeSetupLink() {
        start(Map.of());
        Matcher link = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)").matcher(veille.console());
        assertTrue(link.find(), veille.console());
        String token = link.group(1);
        assertEquals(200, veille.send(veille.request("/setup?token=" + token)).status());

        Answer tooShort = postForm("/setup", "token=" + token + "&password=short&confirm=short", null);
        assertTrue(tooShort.response().headers().firstValue("Location").orElse("").endsWith("&error=short"));
        Answer mismatch = postForm("/setup", "token=" + token + "&password=longenough1&confirm=longenough2", null);
        assertTrue(mismatch.response().headers().firstValue("Location").orElse("").endsWith("&error=mismatch"));
        Answer badToken = postForm("/setup", "token=nope&password=longenough1&confirm=longenough1", null);
        assertTrue(badToken.response().headers().firstValue("Location").orElse("").endsWith("&error=token"));

        Answer done = postForm("/setup", "token=" + token + "&password=longenough1&confirm=longenough1", null);
        assertEquals(303, done.status());
        assertEquals("/", done.response().headers().firstValue("Location").orElse(""));
        String cookie = cookieOf(done);
        assertEquals(200, withCookie(veille.request("/api/session"), cookie).status(), "logged in right away");

        Answer reused = postForm("/setup", "token=" + token + "&password=another-one&confirm=another-one", null);
        assertTrue(reused.response().headers().firstValue("Location").orElse("").endsWith("&error=token"), "one time only");
        assertEquals(303, login("longenough1").status());
        assertTrue(cookieOf(login("longenough1")) != null, "the chosen password works");
    }
}

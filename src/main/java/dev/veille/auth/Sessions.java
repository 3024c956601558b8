package dev.veille.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.veille.store.SessionStore;

/** Browser sessions: opened at login with a fresh id (never reused), checked on each request, closed at logout. */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** A new session: the cookie value to send (kept nowhere else) and its CSRF token. */
    public record Opened(String cookieValue, String csrfToken) {
    }

    private final SessionStore store;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Sessions(SessionStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Opens a session, closing {@code previousCookie}'s if any: the id changes at every login. */
    public Opened open(String previousCookie) {
        if (previousCookie != null) {
            close(previousCookie);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        store.deleteExpired(now);
        Opened opened = new Opened(hasher.randomToken(), hasher.randomToken());
        store.insert(PasswordHasher.sha256(opened.cookieValue()), opened.csrfToken(), now, now.plus(LIFETIME));
        return opened;
    }

    /** The CSRF token of the live session behind this cookie value. */
    public Optional<String> csrfOf(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return Optional.empty();
        }
        return store.csrfOf(PasswordHasher.sha256(cookieValue), clock.instant());
    }

    public void close(String cookieValue) {
        store.delete(PasswordHasher.sha256(cookieValue));
    }

    public void closeAll() {
        store.deleteAll();
    }
}

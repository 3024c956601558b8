package dev.veille.poll;

import java.time.Duration;
import java.time.Instant;

import dev.veille.model.Source;

/**
 * When a source is polled next. Healthy sources wait their interval (never under the 15-minute floor) plus a
 * jitter derived from the source id, so sources added together don't poll together forever. After 3
 * consecutive errors the wait grows by 1 h per further error, capped at 24 h; a server's Retry-After is honoured.
 */
public final class BackoffPolicy {

    public static final int MIN_INTERVAL_MINUTES = 15;
    static final int ERRORS_BEFORE_BACKOFF = 3;
    static final Duration BACKOFF_STEP = Duration.ofHours(1);
    static final Duration BACKOFF_CAP = Duration.ofHours(24);
    private static final double MAX_JITTER_SHARE = 0.10;

    /** After a success (or a 304). */
    public Instant afterSuccess(Source source, Instant now) {
        return now.plus(interval(source)).plus(jitter(source));
    }

    /** After a failure; {@code errorCount} counts this one; {@code retryAfter} may be null. */
    public Instant afterFailure(Source source, int errorCount, Duration retryAfter, Instant now) {
        Duration wait = interval(source);
        if (errorCount >= ERRORS_BEFORE_BACKOFF) {
            Duration backoff = BACKOFF_STEP.multipliedBy(errorCount - (ERRORS_BEFORE_BACKOFF - 1L));
            wait = max(wait, min(backoff, BACKOFF_CAP));
        }
        if (retryAfter != null) {
            wait = max(wait, retryAfter);
        }
        return now.plus(wait).plus(jitter(source));
    }

    private static Duration interval(Source source) {
        return Duration.ofMinutes(Math.max(MIN_INTERVAL_MINUTES, source.intervalMinutes()));
    }

    // A stable pseudo-random share of 0–10 % of the interval: the same source always gets the same offset.
    private static Duration jitter(Source source) {
        long hash = Long.hashCode(source.id() * 0x9E3779B97F4A7C15L) & 0x7fffffffL;
        double share = (hash % 1000) / 1000.0 * MAX_JITTER_SHARE;
        return Duration.ofSeconds((long) (interval(source).toSeconds() * share));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

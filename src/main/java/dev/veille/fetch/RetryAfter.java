package dev.veille.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either delta-seconds or an HTTP-date, the latter turned into
 * a wait measured from the injected clock. A date already past means "now" (zero); anything unreadable means
 * the server gave no usable hint (empty), and the caller falls back to its own back-off.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> parse(String headerValue, Clock clock) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String value = headerValue.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return delaySeconds(value);
        }
        return httpDate(value).map(date -> {
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        });
    }

    private static Optional<Duration> delaySeconds(String digits) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(digits)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    // Only the IMF-fixdate form ("Thu, 01 Jan 2026 00:02:00 GMT"): the obsolete RFC 850 and asctime forms
    // are allowed by the RFC but not sent by servers that still matter.
    private static Optional<ZonedDateTime> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}

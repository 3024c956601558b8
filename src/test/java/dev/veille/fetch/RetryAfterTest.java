package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "120                           | 120",
            "'  120 '                      | 120",
            "0                             | 0",
            "Thu, 01 Jan 2026 00:02:00 GMT | 120",
            "Thu, 01 Jan 2026 01:00:00 GMT | 3600",
            "Wed, 31 Dec 2025 23:59:00 GMT | 0"})
    void readsSecondsAndDatesAsAWaitFromNow(String header, long expectedSeconds) {
        assertEquals(Optional.of(Duration.ofSeconds(expectedSeconds)), RetryAfter.parse(header, NEW_YEAR_2026));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-5", "1.5", "soon", "99999999999999999999999", "2026-01-01T00:02:00Z",
            "Fri, 01 Jan 2026 00:02:00 GMT"})
    void givesNoHintForWhatItCannotRead(String header) {
        assertEquals(Optional.empty(), RetryAfter.parse(header, NEW_YEAR_2026));
    }

    @Test
    void countsFromTheClockNotFromTheMachineTime() {
        Clock aMinuteLater = Clock.offset(NEW_YEAR_2026, Duration.ofMinutes(1));

        assertEquals(Optional.of(Duration.ofSeconds(60)),
                RetryAfter.parse("Thu, 01 Jan 2026 00:02:00 GMT", aMinuteLater));
    }
}

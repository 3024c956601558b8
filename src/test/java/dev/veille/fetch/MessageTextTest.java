package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures inside error messages: sizes, durations and status lines. */
class MessageTextTest {

    @ParameterizedTest
    @CsvSource({
            "1, 1 byte",
            "1500, 1500 bytes",
            "1024, 1 KiB",
            "65536, 64 KiB",
            "1048576, 1 MiB",
            "10485760, 10 MiB",
            "1048577, 1048577 bytes",
            "1073741824, 1 GiB"})
    void sizesUseTheLargestExactUnit(long bytes, String text) {
        assertEquals(text, ByteSizeText.of(bytes));
    }

    @ParameterizedTest
    @CsvSource({"PT30S, 30 s", "PT2M, 120 s", "PT0.25S, 250 ms", "PT0S, 0 s"})
    void durationsAreSecondsWhenWhole(Duration duration, String text) {
        assertEquals(text, DurationText.of(duration));
    }

    @ParameterizedTest
    @CsvSource({"500, 500 Internal Server Error", "503, 503 Service Unavailable", "429, 429 Too Many Requests",
            "599, 599"})
    void statusLinesCarryTheStandardPhrase(int status, String text) {
        assertEquals(text, ReasonPhrase.statusLine(status));
    }
}

package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.model.Source;
import dev.veille.model.SourceKind;

class BackoffPolicyTest {

    private static final Instant NOW = Instant.parse("2019-10-07T10:00:00Z");
    private final BackoffPolicy policy = new BackoffPolicy();

    static Source source(long id, int intervalMinutes) {
        return new Source(id, SourceKind.FEED, "https://example.org/feed", null, "t", null, intervalMinutes, false,
                null, null, null, null, null, null, null, 0, NOW, false, NOW);
    }

    @Test
    void successWaitsTheIntervalPlusAtMostTenPercentJitter() {
        for (long id = 1; id <= 200; id++) {
            Duration wait = Duration.between(NOW, policy.afterSuccess(source(id, 60), NOW));
            assertTrue(wait.compareTo(Duration.ofMinutes(60)) >= 0, "id " + id + ": " + wait);
            assertTrue(wait.compareTo(Duration.ofMinutes(66)) <= 0, "id " + id + ": " + wait);
        }
    }

    @Test
    void jitterIsStablePerSourceAndSpreadsSources() {
        assertEquals(policy.afterSuccess(source(7, 60), NOW), policy.afterSuccess(source(7, 60), NOW));
        long distinct = java.util.stream.LongStream.rangeClosed(1, 50)
                .mapToObj(id -> policy.afterSuccess(source(id, 60), NOW)).distinct().count();
        assertTrue(distinct > 40, "50 sources should get mostly distinct times, got " + distinct);
    }

    @Test
    void intervalBelowTheFloorIsRaisedToFifteenMinutes() {
        Duration wait = Duration.between(NOW, policy.afterSuccess(source(1, 1), NOW));
        assertTrue(wait.compareTo(Duration.ofMinutes(15)) >= 0, wait.toString());
    }

    @ParameterizedTest(name = "{0} errors -> at least {1} h")
    @CsvSource({"1, 0", "2, 0", "3, 1", "4, 2", "10, 8", "26, 24", "100, 24"})
    void errorsBackOffOneHourPerErrorAfterTheThirdCappedAtADay(int errors, int hours) {
        Source source = source(1, 15);
        Duration wait = Duration.between(NOW, policy.afterFailure(source, errors, null, NOW));
        Duration expectedBase = hours == 0 ? Duration.ofMinutes(15) : Duration.ofHours(hours);
        assertTrue(wait.compareTo(expectedBase) >= 0, errors + " errors: " + wait);
        assertTrue(wait.compareTo(expectedBase.multipliedBy(11).dividedBy(10).plusMinutes(2)) <= 0,
                errors + " errors: " + wait);
    }

    @Test
    void retryAfterLongerThanTheIntervalIsHonoured() {
        Duration wait = Duration.between(NOW, policy.afterFailure(source(1, 60), 1, Duration.ofHours(5), NOW));
        assertTrue(wait.compareTo(Duration.ofHours(5)) >= 0, wait.toString());
    }
}

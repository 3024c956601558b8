package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;

/** A poll asked for through {@code POST /api/sources/{id}/poll}, and how long the request took, seen from the client. */
record TimedPoll(JsonNode json, Duration took) {

    /** Polls source {@code id}: the answer must be a 200 with the poll's JSON, within {@code bound}. */
    static TimedPoll of(RunningVeille veille, long id, Duration bound) {
        long start = System.nanoTime();
        Answer answer = veille.post("/api/sources/" + id + "/poll", "");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, answer.status(), answer.body());
        assertNotNull(answer.json(), answer.body());
        assertTrue(took.compareTo(bound) < 0, "poll of source " + id + " took " + took + ": " + answer.body());
        assertTrue(answer.json().get("durationMs").asLong() <= took.toMillis(), answer.body());
        return new TimedPoll(answer.json(), took);
    }

    String result() {
        return json.get("result").asText();
    }

    String error() {
        return json.get("error").asText();
    }

    JsonNode source() {
        return json.get("source");
    }
}

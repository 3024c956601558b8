package dev.veille.fetch;

import java.time.Duration;

/** Writes a duration the way it appears in an error message: "30 s", "120 s", "250 ms". */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }
}

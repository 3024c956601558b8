package dev.veille.fetch;

import java.time.Duration;

/**
 * The moment a fetch must be over, on the monotonic clock. Deliberately not the injected {@link java.time.Clock}:
 * a deadline measures elapsed time, which a wall clock (or a fixed test clock) cannot do.
 */
record Deadline(long endNanos) {

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    /** What is left, never negative; zero once the deadline has passed. */
    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    boolean hasPassed() {
        return remaining().isZero();
    }
}

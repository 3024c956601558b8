package dev.veille.fetch;

/** A body as far as we accepted it: all of its bytes, or why we stopped reading. */
sealed interface BodyOutcome {

    record Whole(byte[] bytes) implements BodyOutcome {
    }

    /** Stopped on purpose, e.g. "body larger than 10 MiB"; the reason is shown to the user as it is. */
    record Refused(String reason) implements BodyOutcome {
    }
}

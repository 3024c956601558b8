package dev.veille.poll;

/** Told about every finished poll (for metrics); must be quick and must not throw. */
@FunctionalInterface
public interface PollObserver {

    void polled(PollOutcome outcome);
}

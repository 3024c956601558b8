package dev.veille.curate;

import dev.veille.model.ConflictException;
import dev.veille.store.DigestStore;

/** A published month is frozen: its links and its digest cannot change until it is unpublished. */
public final class MonthFreeze {

    private final DigestStore digests;

    public MonthFreeze(DigestStore digests) {
        this.digests = digests;
    }

    /** Throws a 409-worthy error naming the month when it is published. */
    public void ensureOpen(String month) {
        if (digests.isPublished(month).orElse(false)) {
            throw refusal(month);
        }
    }

    /** The refusal of a change to {@code month}, for a write that found it published inside its transaction. */
    public ConflictException refusal(String month) {
        return new ConflictException("the digest of " + month + " is published: unpublish it to change it or"
                + " its links");
    }
}

package dev.veille.model;

/** Whether a month's digest is still being written or has been published (and is frozen). */
public enum DigestStatus {
    DRAFT, PUBLISHED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

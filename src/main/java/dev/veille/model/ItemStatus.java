package dev.veille.model;

/** Where an item stands in the curator's triage. */
public enum ItemStatus {
    NEW, KEPT, DISMISSED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code new|kept|dismissed}; throws with the valid values named. */
    public static ItemStatus fromWire(String value) {
        for (ItemStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of new, kept, dismissed (got '" + value + "')");
    }
}

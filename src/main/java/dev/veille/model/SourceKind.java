package dev.veille.model;

/** The three ways Veille reads a source: a syndication feed, a GitHub project's releases, an HTML page. */
public enum SourceKind {
    FEED, GITHUB, PAGE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code feed|github|page}; throws with the valid values named. */
    public static SourceKind fromWire(String value) {
        for (SourceKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of feed, github, page (got '" + value + "')");
    }
}

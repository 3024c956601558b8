package dev.veille.store;

import java.time.Instant;

/**
 * The position after the last item of a page, in newest-first order: {@code <publishedMillis>.<id>}.
 * Keyset pagination stays fast and stable however deep the curator scrolls and whatever arrives meanwhile.
 */
record ItemCursor(long publishedMillis, long id) {

    static ItemCursor after(Instant publishedAt, long id) {
        return new ItemCursor(publishedAt.toEpochMilli(), id);
    }

    /** Parses a cursor from a request; throws with a message naming the parameter when it is not one. */
    static ItemCursor parse(String text) {
        String[] parts = text.split("\\.", -1);
        try {
            if (parts.length == 2) {
                return new ItemCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("before must be a cursor returned as 'next' by a previous page (got '"
                + text + "')");
    }

    @Override
    public String toString() {
        return publishedMillis + "." + id;
    }
}

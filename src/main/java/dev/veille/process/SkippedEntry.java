package dev.veille.process;

import dev.veille.parse.ParsedEntry;

/** An entry that was not turned into an item, with the reason in words a curator can act on. */
public record SkippedEntry(ParsedEntry entry, String reason) {
}

package dev.veille.parse;

import java.util.List;

/** A parsed document: its own title and site link (either may be null) and its entries in document order. */
public record ParsedFeed(String title, String siteUrl, List<ParsedEntry> entries) {
}

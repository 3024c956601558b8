package dev.veille.model;

import java.util.List;

/** One page of items and the cursor of the next page (null on the last page). */
public record ItemPage(List<Item> items, String next) {
}

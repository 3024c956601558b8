package dev.veille.process;

import dev.veille.model.NewItem;
import java.util.List;

/** What processing one parsed feed gave: the items to store, in document order, and the entries left out. */
public record ProcessedEntries(List<NewItem> items, List<SkippedEntry> skipped) {

    public ProcessedEntries {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }
}

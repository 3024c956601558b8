package dev.veille.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds an item's category list: its own categories cleaned and de-duplicated, then the source's section. */
public final class Categories {

    /** Longer "categories" are prose pasted into a tag field; they are shortened rather than dropped. */
    static final int MAX_CATEGORY_CHARS = 100;
    /** Some feeds stuff dozens of keywords per entry; past this many they add noise, not meaning. */
    static final int MAX_OWN_CATEGORIES = 20;

    private Categories() {
    }

    /**
     * The entry's categories as plain text, blanks removed, duplicates dropped ignoring case (the first
     * spelling wins), at most {@value #MAX_OWN_CATEGORIES} of them; then {@code section}, unless it is null,
     * blank or already there. The section always survives the cap: it is how the curator files the item.
     */
    public static List<String> merge(List<String> own, String section) {
        List<String> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String category : own == null ? List.<String>of() : own) {
            if (merged.size() == MAX_OWN_CATEGORIES) {
                break;
            }
            addIfNew(merged, seen, category);
        }
        addIfNew(merged, seen, section);
        return List.copyOf(merged);
    }

    private static void addIfNew(List<String> merged, Set<String> seen, String raw) {
        String category = TextShortener.shorten(PlainText.fromMarkup(raw), MAX_CATEGORY_CHARS);
        if (!category.isEmpty() && seen.add(category.toLowerCase(Locale.ROOT))) {
            merged.add(category);
        }
    }
}

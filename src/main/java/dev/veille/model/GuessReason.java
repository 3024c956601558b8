package dev.veille.model;

import java.util.Locale;

/**
 * Why a section was guessed for an item, in the order the guess tries them: the item's source has that section;
 * the curator filed similar links there ({@code history}); one of the section's keywords is in the item;
 * one of the item's feed categories names it; nothing did ({@code none}: the first section).
 */
public enum GuessReason {
    SOURCE, HISTORY, KEYWORD, CATEGORY, NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason of a stored wire name; null stays null (a section the curator chose). */
    public static GuessReason fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}

package dev.veille.curate;

import dev.veille.model.GuessReason;
import dev.veille.model.Section;

/**
 * The section guessed for an item, why, and what showed it ({@code evidence}: the keyword, the host or words of
 * the curator's past links, the feed category; null for the source's section and for none). {@code section} is
 * null only when the post has no section at all.
 */
public record SectionGuess(Section section, GuessReason reason, String evidence) {
}

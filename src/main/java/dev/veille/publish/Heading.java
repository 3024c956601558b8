package dev.veille.publish;

import java.util.Optional;

/**
 * An ATX heading ({@code ## Cloud}): its level and its text, without the optional closing {@code #}s.
 * {@code text} is null for an empty heading.
 */
record Heading(int level, String text) {

    /**
     * The line of a heading. A text that ends in a run of {@code #} after a space ("C #") would lose it as a
     * closing sequence, so such a text gets one explicit closing {@code #}, as CommonMark prescribes.
     */
    static String line(int level, String text) {
        String marks = "#".repeat(level);
        if (text == null) {
            return marks;
        }
        return marks + " " + text + (endsWithClosingSequence(text) ? " #" : "");
    }

    /** The heading on {@code line} (indented by up to three spaces), or empty when it is not one. */
    static Optional<Heading> parse(String line) {
        int start = 0;
        while (start < line.length() && start < 3 && line.charAt(start) == ' ') {
            start++;
        }
        int level = 0;
        while (start + level < line.length() && line.charAt(start + level) == '#') {
            level++;
        }
        int after = start + level;
        if (level == 0 || level > 6 || (after < line.length() && !PostText.isSpace(line.charAt(after)))) {
            return Optional.empty();
        }
        String rest = PostText.strip(line.substring(after));
        if (rest.chars().allMatch(c -> c == '#')) {
            rest = "";
        } else if (endsWithClosingSequence(rest)) {
            rest = PostText.stripTrailing(rest.substring(0, rest.length() - trailingHashes(rest)));
        }
        return Optional.of(new Heading(level, rest.isEmpty() ? null : rest));
    }

    private static boolean endsWithClosingSequence(String text) {
        int hashes = trailingHashes(text);
        if (hashes == 0) {
            return false;
        }
        int before = text.length() - hashes - 1;
        return before < 0 || PostText.isSpace(text.charAt(before));
    }

    private static int trailingHashes(String text) {
        int count = 0;
        while (count < text.length() && text.charAt(text.length() - 1 - count) == '#') {
            count++;
        }
        return count;
    }
}

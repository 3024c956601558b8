package dev.veille.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * What a post's front matter says: title and date (null when absent) and tags; {@code bodyStart} is the index
 * of the first line after it (0 when the post has none). {@code present} tells whether there was one at all.
 */
record FrontMatter(boolean present, String title, LocalDate date, List<String> tags, int bodyStart) {

    FrontMatter {
        tags = List.copyOf(tags);
    }

    static FrontMatter absent() {
        return new FrontMatter(false, null, null, List.of(), 0);
    }
}

package dev.veille.publish;

import dev.veille.model.Tip;
import java.time.LocalDate;
import java.util.List;

/**
 * A month's post as {@link DigestMarkdownReader} read it: the content of a {@link dev.veille.model.Digest}
 * without what only the database knows (ids, positions, status, tags of each link). Absent texts are null,
 * {@code tip} is null when the post has no "Astuce du mois".
 *
 * <p>{@code warnings} lists, one per entry and with its line number, every piece of the post that could not be
 * put in a field (a bullet without a link, text between the links, unknown front matter keys), with the text
 * itself: nothing is dropped without a word.
 */
public record ImportedDigest(
        String title,
        LocalDate date,
        List<String> tags,
        String intro,
        List<ImportedSection> sections,
        Tip tip,
        String outro,
        List<String> warnings) {

    public ImportedDigest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sections = sections == null ? List.of() : List.copyOf(sections);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

package dev.veille.publish;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import dev.veille.model.Tip;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a month's digest as the Markdown post Hugo or Jekyll publishes: YAML front matter (title, date, tags),
 * the intro, one {@code ##} section per section holding links, "Astuce du mois", the outro.
 *
 * <p>Byte-exact and deterministic: blocks one blank line apart, {@code \n} line ends, one final newline, no
 * trailing whitespace. The curator's texts (intro, commentaries, tip, outro) are Markdown and written as they
 * are, in the canonical form of {@link PostText}; titles and URLs are escaped so any of them survives
 * ({@link LinkSyntax}, {@link YamlScalars}). The tags are the digest's, as given: deriving them is
 * {@link DerivedTags}'s job. A null date leaves the {@code date} line out.
 */
public final class MarkdownWriter {

    private static final int SECTION_LEVEL = 2;

    public String write(Digest digest) {
        Objects.requireNonNull(digest, "digest");
        List<String> blocks = new ArrayList<>();
        blocks.add(frontMatter(digest));
        addIfPresent(blocks, PostText.block(digest.intro()));
        for (DigestSection section : nonNull(digest.sections())) {
            if (section != null) {
                addIfPresent(blocks, section(section));
            }
        }
        addIfPresent(blocks, tip(digest.tip()));
        addIfPresent(blocks, PostText.block(digest.outro()));
        return String.join("\n\n", blocks) + "\n";
    }

    private static String frontMatter(Digest digest) {
        StringBuilder out = new StringBuilder("---\n");
        String title = PostText.isPresent(digest.title()) ? digest.title() : "";
        out.append("title: ").append(YamlScalars.doubleQuoted(title)).append('\n');
        if (digest.date() != null) {
            out.append("date: ").append(digest.date()).append('\n');
        }
        List<String> tags = new ArrayList<>();
        for (String tag : nonNull(digest.tags())) {
            if (tag != null) {
                tags.add(YamlScalars.doubleQuoted(tag));
            }
        }
        out.append("tags: [").append(String.join(", ", tags)).append("]\n");
        return out.append("---").toString();
    }

    /** The section's heading and bullets; null when it has no link, since an empty heading says nothing. */
    private static String section(DigestSection section) {
        List<String> bullets = new ArrayList<>();
        for (Link link : nonNull(section.links())) {
            if (link != null) {
                bullets.add(BulletWriter.write(link));
            }
        }
        if (bullets.isEmpty()) {
            return null;
        }
        return Heading.line(SECTION_LEVEL, PostText.line(section.name())) + "\n\n" + String.join("\n", bullets);
    }

    private static String tip(Tip tip) {
        if (tip == null) {
            return null;
        }
        String title = PostText.line(tip.title());
        String body = PostText.block(tip.body());
        if (title == null && body == null) {
            return null;
        }
        String heading = Heading.line(SECTION_LEVEL, TipHeading.text(title));
        return body == null ? heading : heading + "\n\n" + body;
    }

    private static void addIfPresent(List<String> blocks, String block) {
        if (block != null) {
            blocks.add(block);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}

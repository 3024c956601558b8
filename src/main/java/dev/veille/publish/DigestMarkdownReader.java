package dev.veille.publish;

import dev.veille.model.Tip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a month's post back into its content: the Markdown {@link MarkdownWriter} writes, and the usual
 * hand-written variations of it. Importing an export gives back the same digest (see the class comments of
 * {@link SectionReader} and {@link TipReader} for where the outro is found, the one part the format leaves to a
 * rule).
 *
 * <p>Tolerated: no front matter (the title is then the first {@code # } heading, and the date the last day of
 * the month it names), an unquoted or single-quoted title, tags as a flow list, a block list or one word,
 * CRLF line ends, a BOM, sections under {@code ##} or {@code ###}, {@code *}, {@code +} and numbered bullets,
 * commentary after {@code :}, {@code -}, a dash or nothing, "Astuce du mois" with or without a title.
 *
 * <p>Not read: a {@code ##} heading inside the intro, the tip or the outro starts a section (the format gives
 * no other way to see where they end); a bullet that does not start with a link, and text between the bullets
 * of a section, are not imported and are listed with their text in {@link ImportedDigest#warnings()}.
 */
public final class DigestMarkdownReader {

    public ImportedDigest read(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        List<String> warnings = new ArrayList<>();
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        List<String> lines = PostText.lines(text);
        FrontMatter frontMatter = FrontMatterReader.read(lines, warnings);
        List<PostLine> body = PostScanner.scan(lines.subList(frontMatter.bodyStart(), lines.size()),
                frontMatter.bodyStart() + 1);
        List<PostRegion> regions = PostRegion.split(body);

        List<PostLine> introLines = new ArrayList<>(regions.get(0).lines());
        String title = frontMatter.title();
        LocalDate date = frontMatter.date();
        if (!frontMatter.present()) {
            PostLine titleLine = firstTitleHeading(introLines);
            if (titleLine != null) {
                introLines.remove(titleLine);
                title = titleLine.heading().text();
                date = FrenchMonths.findIn(title).map(DigestDate::defaultFor).orElse(null);
            }
        }

        List<ImportedSection> sections = new ArrayList<>();
        Tip tip = null;
        String outro = null;
        for (int i = 1; i < regions.size(); i++) {
            PostRegion region = regions.get(i);
            boolean last = i == regions.size() - 1;
            if (tip == null && TipHeading.isTip(region.heading())) {
                TipReader.Read read = TipReader.read(region, last);
                tip = read.tip();
                outro = read.outro();
            } else {
                SectionReader.Read read = SectionReader.read(region, last, warnings);
                sections.add(read.section());
                outro = read.outro();
            }
        }
        return new ImportedDigest(title, date, frontMatter.tags(), PostText.block(PostLine.texts(introLines)),
                sections, tip, outro, warnings);
    }

    private static PostLine firstTitleHeading(List<PostLine> lines) {
        for (PostLine line : lines) {
            if (line.kind() == PostLine.Kind.HEADING && line.heading().level() == 1) {
                return line;
            }
        }
        return null;
    }
}

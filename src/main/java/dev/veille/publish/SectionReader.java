package dev.veille.publish;

import dev.veille.publish.PostLine.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the lines under a section heading: each top-level list item is a link ({@link BulletReader}); in the
 * post's last region, the text after the last link is the outro; anything else is reported in the warnings
 * with its text, never dropped silently.
 *
 * <p>The outro, precisely: in the last region of the post, the first top-level text line (not a list item, not
 * a line of one, not blank) that comes after the last item holding a link starts the outro, which runs to the
 * end of the post, lists and code included. A line of an item is one indented to its content, or a line of
 * text right after it with no blank line between (CommonMark's lazy continuation), so short of a heading the
 * outro starts after a blank line. When the region holds no link, its first top-level text line starts the
 * outro. Warnings come in line order.
 */
final class SectionReader {

    /** A section read, and the outro found after it (null when none or when the section is not the last). */
    record Read(ImportedSection section, String outro) {
    }

    private SectionReader() {
    }

    static Read read(PostRegion region, boolean last, List<String> warnings) {
        List<PostLine> lines = region.lines();
        String name = region.heading().text();
        List<Item> items = new ArrayList<>();
        int afterLastLink = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BULLET) {
                int end = itemEnd(lines, i);
                Item item = new Item(i, lines.subList(i, end), BulletReader.read(lines.subList(i, end)).orElse(null));
                items.add(item);
                if (item.link() != null) {
                    afterLastLink = end;
                }
                i = end - 1;
            }
        }
        int outroStart = last ? firstTextLine(lines, afterLastLink) : lines.size();
        List<ImportedLink> links = new ArrayList<>();
        List<Warning> found = new ArrayList<>();
        for (Item item : items) {
            if (item.start() >= outroStart) {
                break;
            }
            if (item.link() != null) {
                links.add(item.link());
            } else {
                found.add(new Warning("a bullet without a link in section " + quoted(name) + " is not imported",
                        item.lines()));
            }
        }
        found.addAll(looseText(lines.subList(0, outroStart), name));
        found.sort(Comparator.comparingInt(warning -> warning.lines().get(0).number()));
        found.forEach(warning -> warnings.add(warning.text()));
        String outro = PostText.block(PostLine.texts(lines.subList(outroStart, lines.size())));
        return new Read(new ImportedSection(PostText.line(name), links), outro);
    }

    /** A list item of the section: where it starts, its lines, its link (null when it holds none). */
    private record Item(int start, List<PostLine> lines, ImportedLink link) {
    }

    private record Warning(String what, List<PostLine> lines) {

        String text() {
            return "line " + lines.get(0).number() + ": " + what + ": " + PostLine.texts(lines);
        }
    }

    private static int itemEnd(List<PostLine> lines, int bullet) {
        int end = bullet + 1;
        while (end < lines.size() && lines.get(end).kind() == Kind.CONTINUATION) {
            end++;
        }
        return end;
    }

    private static int firstTextLine(List<PostLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Kind kind = lines.get(i).kind();
            if (kind == Kind.TEXT || kind == Kind.HEADING) {
                return i;
            }
        }
        return lines.size();
    }

    // Runs of top-level text between the items: a paragraph under the heading, text between two links...
    private static List<Warning> looseText(List<PostLine> lines, String section) {
        List<Warning> found = new ArrayList<>();
        List<PostLine> run = new ArrayList<>();
        for (PostLine line : lines) {
            if (line.kind() == Kind.TEXT || line.kind() == Kind.HEADING) {
                run.add(line);
            } else if (!run.isEmpty()) {
                found.add(looseTextWarning(run, section));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            found.add(looseTextWarning(run, section));
        }
        return found;
    }

    private static Warning looseTextWarning(List<PostLine> run, String section) {
        return new Warning("text outside any bullet in section " + quoted(section) + " is not imported", run);
    }

    private static String quoted(String name) {
        return name == null ? "(untitled)" : "'" + name + "'";
    }
}

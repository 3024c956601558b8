package dev.veille.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a post's body under one section-level heading (a section or the tip), or before the first such
 * heading (the intro, whose {@code heading} is null).
 */
record PostRegion(Heading heading, List<PostLine> lines) {

    PostRegion {
        lines = List.copyOf(lines);
    }

    /**
     * Cuts the body at its section-level headings: the level of the first {@code ##} or {@code ###} heading, and
     * the levels above it down to {@code ##}; deeper headings are content. The "Astuce du mois" heading cuts at
     * level 2 or 3 whatever the sections use. A {@code #} heading never cuts: it is the post's title or text.
     * The first region returned is the intro.
     */
    static List<PostRegion> split(List<PostLine> body) {
        int sectionLevel = body.stream()
                .filter(line -> line.kind() == PostLine.Kind.HEADING)
                .mapToInt(line -> line.heading().level())
                .filter(level -> level == 2 || level == 3)
                .findFirst()
                .orElse(0);
        List<PostRegion> regions = new ArrayList<>();
        Heading heading = null;
        List<PostLine> lines = new ArrayList<>();
        for (PostLine line : body) {
            if (line.kind() == PostLine.Kind.HEADING && cuts(line.heading(), sectionLevel)) {
                regions.add(new PostRegion(heading, lines));
                heading = line.heading();
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        regions.add(new PostRegion(heading, lines));
        return regions;
    }

    private static boolean cuts(Heading heading, int sectionLevel) {
        int level = heading.level();
        return (level >= 2 && level <= sectionLevel) || ((level == 2 || level == 3) && TipHeading.isTip(heading));
    }
}

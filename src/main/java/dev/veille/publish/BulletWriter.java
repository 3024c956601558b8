package dev.veille.publish;

import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Via;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one link of a digest as a list item:
 * {@code - [A](a), [B](b) et [C](c) : commentary (via [V](v))}.
 *
 * <p>A multi-line commentary goes on over the next lines, each indented by two spaces: the column where the
 * item's content starts, so CommonMark, goldmark (Hugo) and kramdown (Jekyll) keep it in the item. A blank line
 * inside the commentary is written empty (no spaces) and the text after it is still indented, which keeps it in
 * the same item too; the price is that CommonMark then renders the whole list as a loose one (each item's text
 * in a paragraph), which is how a list whose items hold several paragraphs must look anyway.
 *
 * <p>The credit comes last, at the end of the commentary's last line, or on a line of its own when that line is
 * code ({@link CreditPlacement}). A link or credit without a title shows
 * its URL as its text; a credit without a URL is written as plain text "(via title)", which reads back as part
 * of the commentary.
 */
final class BulletWriter {

    private static final String CONTINUATION_INDENT = "  ";

    private BulletWriter() {
    }

    static String write(Link link) {
        List<String> links = new ArrayList<>();
        links.add(link(link.title(), link.url()));
        for (RelatedLink related : link.related() == null ? List.<RelatedLink>of() : link.related()) {
            if (related != null && (PostText.isPresent(related.url()) || PostText.isPresent(related.title()))) {
                links.add(link(related.title(), related.url()));
            }
        }
        StringBuilder bullet = new StringBuilder("- ").append(joinedInFrench(links));
        String commentary = PostText.commentary(link.commentary());
        if (commentary != null) {
            List<String> lines = PostText.lines(commentary);
            bullet.append(" : ").append(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                bullet.append('\n');
                if (!line.isEmpty()) {
                    bullet.append(CONTINUATION_INDENT).append(line);
                }
            }
        }
        String credit = credit(link.via());
        if (credit != null) {
            return CreditPlacement.append(bullet.toString(), credit, CONTINUATION_INDENT);
        }
        return bullet.toString();
    }

    private static String link(String title, String url) {
        String canonicalUrl = PostText.url(url);
        String target = canonicalUrl == null ? "" : canonicalUrl;
        String text = PostText.line(title);
        return LinkSyntax.write(text == null ? target : text, target);
    }

    private static String credit(Via via) {
        if (via == null) {
            return null;
        }
        if (PostText.url(via.url()) != null) {
            return "(via " + link(via.title(), via.url()) + ")";
        }
        String title = PostText.line(via.title());
        return title == null ? null : "(via " + title + ")";
    }

    /** "A", "A et B", "A, B et C". */
    private static String joinedInFrench(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }
}

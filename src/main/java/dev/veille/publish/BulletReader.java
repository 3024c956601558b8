package dev.veille.publish;

import dev.veille.model.RelatedLink;
import dev.veille.model.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one list item of a section as a link: {@code [A](a), [B](b) et [C](c) : commentary (via [V](v))}.
 *
 * <p>Tolerated: {@code , et } before the last related link; between the links and the commentary {@code " : "},
 * {@code ":"}, {@code " - "}, an en or em dash, a comma or just a space; the commentary starting on the next
 * line. The credit is read as the writer writes it: {@code (via [title](url))} at the very end of the item's
 * last line, or {@code (via title)} alone right after the links; "(via une API)" ending a sentence of
 * commentary stays commentary.
 */
final class BulletReader {

    private static final List<String> RELATED_SEPARATORS = List.of(", et ", ", ", " et ");
    private static final Pattern COMMENTARY_SEPARATOR = Pattern.compile("^[ \\t]*(?:[:\\-\u2013\u2014,][ \\t]*)?");
    private static final String VIA = "(via ";
    // A credit without a URL, as the writer prints it when a link has no commentary: "- [A](a) (via Newsletter)".
    private static final Pattern PLAIN_VIA = Pattern.compile("[ \\t]*\\(via[ \\t]+(.*)\\)", Pattern.DOTALL);

    private BulletReader() {
    }

    /** The link of the item whose lines are {@code item} (a bullet, then its continuation lines), if it has one. */
    static Optional<ImportedLink> read(List<PostLine> item) {
        PostLine bullet = item.get(0);
        String content = PostScanner.itemContent(bullet.text());
        Optional<LinkSyntax.Read> main = LinkSyntax.read(content, 0);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        List<RelatedLink> related = new ArrayList<>();
        int end = main.get().end();
        boolean more = true;
        while (more) {
            more = false;
            for (String separator : RELATED_SEPARATORS) {
                if (content.startsWith(separator + "[", end)) {
                    Optional<LinkSyntax.Read> next = LinkSyntax.read(content, end + separator.length());
                    if (next.isPresent()) {
                        related.add(new RelatedLink(PostText.url(next.get().url()), PostText.line(next.get().text())));
                        end = next.get().end();
                        more = true;
                        break;
                    }
                }
            }
        }
        List<String> body = new ArrayList<>();
        body.add(content.substring(end));
        for (PostLine line : item.subList(1, item.size())) {
            body.add(PostText.isBlank(line.text()) ? "" : PostScanner.dedent(line.text(), bullet.itemIndent()));
        }
        Via via = takeVia(body, item);
        if (via == null) {
            via = takePlainVia(body);
        }
        body.set(0, COMMENTARY_SEPARATOR.matcher(body.get(0)).replaceFirst(""));
        return Optional.of(new ImportedLink(
                PostText.url(main.get().url()),
                PostText.line(main.get().text()),
                PostText.commentary(String.join("\n", body)),
                related,
                via));
    }

    /**
     * Removes the credit ending the last non-blank line of {@code body} and returns it; null when none. Only a
     * credit spelled exactly as the writer spells one counts (a title, no spaces around it, the URL encoded), in
     * the places the writer puts one: right after the links, after commentary text on the same line, or alone on
     * the line right after a commentary that ends in code ({@link CreditPlacement}). "(via [V](v))" alone on a
     * line elsewhere or right after " : ", or spelled otherwise, is the commentary's own text, so that reading and
     * writing again never moves text.
     */
    private static Via takeVia(List<String> body, List<PostLine> item) {
        int last = body.size() - 1;
        while (last > 0 && PostText.isBlank(body.get(last))) {
            last--;
        }
        String line = PostText.stripTrailing(body.get(last));
        Via alone = creditAloneAfterCode(line, last, body, item);
        if (alone != null) {
            body.set(last, "");
            return alone;
        }
        // Tried from the right: the credit's title may itself hold "(via " (only brackets are escaped in it), but
        // only the start of the whole credit reads as a link that closes the line.
        for (int found = line.lastIndexOf(VIA); found >= 0; found = line.lastIndexOf(VIA, found - 1)) {
            int start = found;
            String before = line.substring(0, start);
            if (!creditMayFollow(before, last)) {
                continue;
            }
            int linkStart = start + VIA.length();
            Optional<Via> via = LinkSyntax.read(line, linkStart)
                    .map(link -> new Via(PostText.line(link.text()), PostText.url(link.url())))
                    .filter(credit -> line.substring(start).equals(written(credit)));
            if (via.isPresent()) {
                body.set(last, before);
                return via.get();
            }
        }
        return null;
    }

    /**
     * The credit without a URL, read only where the writer puts it and nothing else could be: alone right after
     * the links, on a one-line bullet. Anywhere else "(via …)" in plain text is commentary.
     */
    private static Via takePlainVia(List<String> body) {
        if (body.stream().skip(1).anyMatch(line -> !PostText.isBlank(line))) {
            return null;
        }
        Matcher plain = PLAIN_VIA.matcher(PostText.stripTrailing(body.get(0)));
        if (!plain.matches() || PostText.line(plain.group(1)) == null
                || !PostText.strip(body.get(0)).equals(VIA + PostText.line(plain.group(1)) + ")")) {
            return null;
        }
        body.set(0, "");
        return new Via(PostText.line(plain.group(1)), null);
    }

    private static Via creditAloneAfterCode(String line, int lineIndex, List<String> body, List<PostLine> item) {
        if (lineIndex == 0 || !line.startsWith(VIA) || PostText.isBlank(body.get(lineIndex - 1))) {
            return null;
        }
        Optional<Via> via = LinkSyntax.read(line, VIA.length())
                .map(link -> new Via(PostText.line(link.text()), PostText.url(link.url())))
                .filter(credit -> line.equals(written(credit)));
        if (via.isEmpty() || CreditPlacement.endsInParagraph(PostLine.texts(item.subList(0, lineIndex)))) {
            return null;
        }
        return via.get();
    }

    private static String written(Via credit) {
        return credit.title() == null || credit.url() == null ? null
                : VIA + LinkSyntax.write(credit.title(), credit.url()) + ")";
    }

    // Where the writer puts a credit: after the links ("- [A](a) (via …)"), or one space after commentary text.
    private static boolean creditMayFollow(String before, int lineIndex) {
        if (lineIndex == 0 && (before.isEmpty() || before.equals(" "))) {
            return true;
        }
        boolean oneSpace = before.endsWith(" ") && before.length() > 1
                && !PostText.isSpace(before.charAt(before.length() - 2));
        String commentary = lineIndex == 0 ? COMMENTARY_SEPARATOR.matcher(before).replaceFirst("") : before;
        return oneSpace && !PostText.strip(commentary).isEmpty();
    }
}

package dev.veille.publish;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.model.Via;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random digests for the property tests, each made from a seed so that a failure names the seed that
 * reproduces it. Titles, names and tags are arbitrary Unicode (brackets, backslashes, quotes, controls,
 * astral characters); URLs hold spaces and parentheses; commentaries run over several lines with blank lines.
 */
final class RandomDigests {

    /** How far the texts go. */
    enum Shape {
        /** Everything the format can tell apart, so reading the export must give the digest back. */
        UNAMBIGUOUS,
        /**
         * Also the shapes the format writes the same way as another (a tip and an outro one blank line apart, an
         * intro and an outro with nothing between them, a credit without URL): still valid posts, so write, read,
         * write must give the same bytes.
         */
        WITHIN_FORMAT,
        /** Anything at all, headings and fences in the texts included: only the writer's hygiene holds. */
        WILD
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàçùôÉÀÇœ";
    private static final String PUNCTUATION = "[]\\()\"'#*_`<>!:;,.?/&%=+-~|{}@$^";
    private static final String EXOTIC = "\u0000\u0007\u001F\u007F\u0085\u00A0\u2028\u2029\uFEFF\u3000\uFFFD";
    private static final String URL_CHARACTERS = "abcxyzABC0189-_.~é/?=&#()[] ";
    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r"};

    private final Random random;
    private final Shape shape;

    private RandomDigests(long seed, Shape shape) {
        this.random = new Random(seed);
        this.shape = shape;
    }

    static Digest digest(long seed, Shape shape) {
        return new RandomDigests(seed, shape).digest();
    }

    private Digest digest() {
        List<DigestSection> sections = new ArrayList<>();
        int sectionCount = random.nextInt(5);
        for (int i = 0; i < sectionCount; i++) {
            sections.add(new DigestSection(sectionName(), links()));
        }
        boolean anyLink = sections.stream().anyMatch(section -> !section.links().isEmpty());
        Tip tip = chance(0.6) ? tip() : null;
        boolean tipWritten = tip != null && (PostText.line(tip.title()) != null || PostText.block(tip.body()) != null);
        String outro = outro(anyLink, tip);
        if (shape == Shape.UNAMBIGUOUS && tipWritten && outro != null && PostText.block(tip.body()) == null) {
            tip = new Tip(tip.title(), block(false));
        }
        LocalDate date = chance(0.9) ? LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random
                .nextInt(28)) : null;
        return TestLinks.digest(chance(0.9) ? text(40) : null, date, tags(), chance(0.7) ? paragraphs() : blankish(),
                sections, tip, outro);
    }

    private List<String> tags() {
        if (chance(0.1)) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tags.add(text(12));
        }
        return tags;
    }

    private String sectionName() {
        String name = text(20);
        // A section named like the tip would be read as the tip: the format reserves that heading.
        return name.toLowerCase().contains("astuce du mois") ? "Section" : name;
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            List<RelatedLink> related = new ArrayList<>();
            int relatedCount = chance(0.6) ? 0 : 1 + random.nextInt(3);
            for (int k = 0; k < relatedCount; k++) {
                related.add(new RelatedLink(url(), chance(0.9) ? text(30) : null));
            }
            links.add(TestLinks.link(url(), chance(0.9) ? text(50) : blankish(),
                    chance(0.75) ? commentary() : blankish(), related, chance(0.3) ? via() : null));
        }
        return links;
    }

    private Via via() {
        String url = shape == Shape.UNAMBIGUOUS || chance(0.8) ? url() : null;
        return new Via(chance(0.9) ? text(20) : null, url == null && chance(0.5) ? "" : url);
    }

    private String url() {
        if (chance(0.03)) {
            return blankish();
        }
        StringBuilder url = new StringBuilder(chance(0.9) ? "https://" : "/");
        url.append(LETTERS, 0, 6 + random.nextInt(20));
        url.append(".example/");
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            if (chance(0.05)) {
                url.append(chance(0.5) ? "%20" : chance(0.5) ? "%28" : "%29");
            } else {
                url.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
            }
        }
        return url.toString();
    }

    private String commentary() {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String line = chance(0.15) ? " \t " : (chance(0.2) ? "  " : "") + text(60);
            if (shape == Shape.UNAMBIGUOUS) {
                // A commentary ending in "(via [..](..))" would read back as the credit.
                line = line.replace("(via ", "(par ");
            } else if (chance(0.05)) {
                line = line + " (via [" + text(8) + "](" + url() + "))";
            }
            lines.add(line);
        }
        return joinLines(lines);
    }

    private Tip tip() {
        String title = chance(0.7) ? text(30) : null;
        String body;
        if (shape == Shape.UNAMBIGUOUS) {
            // One block only: with an outro after it, the post cannot say where a longer body would end.
            body = chance(0.85) ? block(false) : null;
        } else {
            body = chance(0.85) ? paragraphs() : null;
        }
        return new Tip(title, body);
    }

    private String outro(boolean anyLink, Tip tip) {
        if (!chance(0.6)) {
            return blankish();
        }
        boolean tipWritten = tip != null && (PostText.line(tip.title()) != null || PostText.block(tip.body()) != null);
        if (shape == Shape.WILD) {
            return paragraphs();
        }
        if (shape == Shape.UNAMBIGUOUS) {
            if (tipWritten) {
                return block(true);
            }
            if (!anyLink) {
                return null;
            }
        }
        // After the last bullet, the outro must not start like a bullet's continuation or a list item.
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(block(true));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            paragraphs.add(block(true));
        }
        return String.join("\n\n", paragraphs);
    }

    private String paragraphs() {
        List<String> blocks = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            blocks.add(block(false));
        }
        return String.join(chance(0.8) ? "\n\n" : "\n  \n\n", blocks);
    }

    /** Lines with no blank line between them; {@code plain} lines start with a letter (a paragraph's text). */
    private String block(boolean plain) {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String line = text(60);
            if (PostText.isBlank(line) || plain || (shape != Shape.WILD && startsStructure(line))) {
                line = LETTERS.charAt(random.nextInt(LETTERS.length())) + line;
            }
            lines.add(line);
        }
        return joinLines(lines);
    }

    // A heading or a fence in the intro, tip or outro would cut or swallow the post: the format forbids them.
    private static boolean startsStructure(String line) {
        String content = PostText.stripLeading(line);
        return content.startsWith("#") || content.startsWith("`") || content.startsWith("~");
    }

    private String joinLines(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
            }
            joined.append(lines.get(i));
        }
        return joined.toString();
    }

    private String blankish() {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> "";
            default -> " \t ";
        };
    }

    /** Arbitrary text on one line, up to {@code maxLength} characters (a pair of surrogates counts as one). */
    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(100);
            if (pick < 50) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            } else if (pick < 62) {
                text.append(chance(0.8) ? ' ' : '\t');
            } else if (pick < 82) {
                text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else if (pick < 90) {
                text.append((char) ('0' + random.nextInt(10)));
            } else if (pick < 95) {
                text.append(EXOTIC.charAt(random.nextInt(EXOTIC.length())));
            } else {
                text.appendCodePoint(chance(0.5) ? 0x1F600 + random.nextInt(80) : 0x4E00 + random.nextInt(500));
            }
        }
        return text.toString();
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}

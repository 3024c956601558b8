package dev.veille.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * The benchmark's feeds: feed {@code n} is RSS 2.0 when n is even, Atom 1.0 when odd. At version {@code v} a feed
 * lists {@code items} entries, newest first, numbered {@code v * CHANGE_STEP} to {@code v * CHANGE_STEP + items - 1}:
 * each new version adds {@link #CHANGE_STEP} entries on top and drops as many at the bottom, as a blog does.
 * Entries carry HTML summaries (~370 characters of text), two categories and tracking parameters in their links,
 * so that Veille's processing (jsoup, URL normalisation) has its usual work; 50 entries make ~30 KB.
 */
final class SyntheticFeeds {

    static final int CHANGE_STEP = 5;
    private static final int SUMMARY_CHARS = 330;

    private final Instant epoch;
    private final int items;

    /** {@code epoch}: when entry 0 of every feed was published; later entries come an hour apart. */
    SyntheticFeeds(Instant epoch, int items) {
        this.epoch = epoch;
        this.items = items;
    }

    static boolean isAtom(int feed) {
        return feed % 2 == 1;
    }

    byte[] body(int feed, int version) {
        String text = isAtom(feed) ? atom(feed, version) : rss(feed, version);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    String contentType(int feed) {
        return isAtom(feed) ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
    }

    /** When the feed last changed: the date of its newest entry. */
    Instant lastModified(int feed, int version) {
        return published(feed, version * CHANGE_STEP + items - 1);
    }

    private Instant published(int feed, int entry) {
        return epoch.plus(Duration.ofHours(entry)).plus(Duration.ofSeconds(feed % 3600));
    }

    private String rss(int feed, int version) {
        StringBuilder xml = new StringBuilder(32 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Site ")
                .append(feed).append(" blog</title>\n<link>https://site").append(feed)
                .append(".example.com/</link>\n<description>Engineering notes of site ").append(feed)
                .append("</description>\n<language>en</language>\n");
        for (int entry = newest(version); entry >= oldest(version); entry--) {
            Entry e = entry(feed, entry);
            xml.append("<item>\n<title>").append(e.title).append("</title>\n<link>").append(escape(e.link))
                    .append("</link>\n<guid isPermaLink=\"false\">site").append(feed).append("-post-").append(entry)
                    .append("</guid>\n<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            published(feed, entry).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate>\n<category>").append(e.topic).append("</category><category>")
                    .append(e.category).append("</category>\n<description>").append(escape(e.html))
                    .append("</description>\n</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    private String atom(int feed, int version) {
        StringBuilder xml = new StringBuilder(32 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<id>tag:site").append(feed).append(".example.com,2026:feed</id>\n<title>Site ")
                .append(feed).append(" news</title>\n<link rel=\"alternate\" href=\"https://site").append(feed)
                .append(".example.com/\"/>\n<updated>").append(lastModified(feed, version)).append("</updated>\n");
        for (int entry = newest(version); entry >= oldest(version); entry--) {
            Entry e = entry(feed, entry);
            Instant published = published(feed, entry);
            xml.append("<entry>\n<id>tag:site").append(feed).append(".example.com,2026:post-").append(entry)
                    .append("</id>\n<title>").append(e.title).append("</title>\n<link rel=\"alternate\" ")
                    .append("type=\"text/html\" href=\"").append(escape(e.link)).append("\"/>\n<published>")
                    .append(published).append("</published>\n<updated>").append(published)
                    .append("</updated>\n<author><name>Author ").append(entry % 7).append("</name></author>\n")
                    .append("<category term=\"").append(e.topic).append("\"/><category term=\"")
                    .append(e.category).append("\"/>\n<summary type=\"html\">").append(escape(e.html))
                    .append("</summary>\n</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private int newest(int version) {
        return version * CHANGE_STEP + items - 1;
    }

    private static int oldest(int version) {
        return version * CHANGE_STEP;
    }

    private static Entry entry(int feed, int entry) {
        SplittableRandom random = SyntheticText.random(feed, entry);
        String topic = SyntheticText.topic(random);
        String title = SyntheticText.title(random, topic);
        String summary = SyntheticText.summary(random, topic, SUMMARY_CHARS);
        String link = "https://site" + feed + ".example.com/blog/" + SyntheticText.slug(title) + "-" + entry
                + "/?utm_source=rss&utm_medium=feed";
        String html = "<p>" + summary + " <a href=\"" + link + "\">Read more</a></p>";
        return new Entry(topic, SyntheticText.words(random, 1), title, link, html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Entry(String topic, String category, String title, String link, String html) {
    }
}

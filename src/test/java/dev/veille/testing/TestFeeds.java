package dev.veille.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small feeds written by the tests themselves: RSS 2.0 and GitHub-style releases Atom. */
public final class TestFeeds {

    /** One entry: title, link, guid (may be null), publication date. */
    public record Entry(String title, String link, String guid, Instant published) {
        public static Entry of(String title, String link, String published) {
            return new Entry(title, link, link, Instant.parse(published));
        }
    }

    private TestFeeds() {
    }

    public static String rss(String title, Entry... entries) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://blog.example.org/</link>
                """.formatted(escape(title)));
        for (Entry entry : entries) {
            xml.append("<item><title>").append(escape(entry.title())).append("</title><link>")
                    .append(escape(entry.link())).append("</link>");
            if (entry.guid() != null) {
                xml.append("<guid>").append(escape(entry.guid())).append("</guid>");
            }
            xml.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    entry.published().atOffset(ZoneOffset.UTC))).append("</pubDate>")
                    .append("<category>news</category>")
                    .append("<description>Summary of ").append(escape(entry.title())).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** A releases.atom as GitHub serves it, one entry per tag. */
    public static String githubReleases(String repo, String... tags) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
                  <id>tag:github.com,2008:https://github.com/%1$s/releases</id>
                  <title>Release notes from %1$s</title>
                  <updated>2019-11-13T17:00:00Z</updated>
                """.formatted(repo));
        int day = 10;
        for (String tag : tags) {
            xml.append("""
                      <entry>
                        <id>tag:github.com,2008:Repository/1/%2$s</id>
                        <updated>2019-11-%3$02dT10:00:00Z</updated>
                        <link rel="alternate" type="text/html" href="https://github.com/%1$s/releases/tag/%2$s"/>
                        <title>%2$s</title>
                        <content type="html">&lt;p&gt;Release %2$s&lt;/p&gt;</content>
                      </entry>
                    """.formatted(repo, tag, day--));
        }
        return xml.append("</feed>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

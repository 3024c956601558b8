package dev.veille.publish;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.DigestStatus;
import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.model.Via;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Links and digests for the publish tests: what the post shows is given, the database's fields are defaults. */
final class TestLinks {

    private static final Instant CREATED = Instant.parse("2019-10-01T08:00:00Z");

    private TestLinks() {
    }

    static Link link(String url, String title, String commentary) {
        return link(url, title, commentary, List.of(), null);
    }

    static Link link(String url, String title, String commentary, List<RelatedLink> related, Via via) {
        return new Link(0, url, title, commentary, 0, null, List.of(), null, 0, related, via, null, 1,
                CREATED, CREATED, null);
    }

    static Link tagged(int position, String... tags) {
        return new Link(position, "https://example.org/" + position, "Link " + position, null, 0, null,
                List.of(tags), null, position, List.of(), null, null, 1, CREATED, CREATED, null);
    }

    static Digest digest(String title, LocalDate date, List<String> tags, String intro, List<DigestSection> sections,
            Tip tip, String outro) {
        String month = date == null ? null : date.toString().substring(0, 7);
        return new Digest(month, title, date, intro, tip, outro, tags, DigestStatus.DRAFT, null, sections);
    }
}

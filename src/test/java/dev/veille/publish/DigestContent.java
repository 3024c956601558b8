package dev.veille.publish;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.model.Via;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading a digest's export must give back: the digest's content in the canonical forms the post keeps
 * (absent texts null, titles on one line, URLs with {@code %20 %28 %29} decoded, empty sections left out...).
 */
final class DigestContent {

    private DigestContent() {
    }

    static ImportedDigest of(Digest digest) {
        List<ImportedSection> sections = new ArrayList<>();
        for (DigestSection section : orEmpty(digest.sections())) {
            List<ImportedLink> links = orEmpty(section.links()).stream().map(DigestContent::link).toList();
            if (!links.isEmpty()) {
                sections.add(new ImportedSection(PostText.line(section.name()), links));
            }
        }
        String title = PostText.isPresent(digest.title()) ? digest.title() : null;
        return new ImportedDigest(title, digest.date(), orEmpty(digest.tags()), PostText.block(digest.intro()),
                sections, tip(digest.tip()), PostText.block(digest.outro()), List.of());
    }

    /** The digest an import would make: what the post holds, with the database's fields left at defaults. */
    static Digest toDigest(ImportedDigest imported) {
        List<DigestSection> sections = imported.sections().stream()
                .map(section -> new DigestSection(section.name(), section.links().stream()
                        .map(link -> TestLinks.link(link.url(), link.title(), link.commentary(), link.related(),
                                link.via()))
                        .toList()))
                .toList();
        return TestLinks.digest(imported.title(), imported.date(), imported.tags(), imported.intro(), sections,
                imported.tip(), imported.outro());
    }

    private static ImportedLink link(Link link) {
        List<RelatedLink> related = orEmpty(link.related()).stream()
                .filter(r -> PostText.isPresent(r.url()) || PostText.isPresent(r.title()))
                .map(r -> new RelatedLink(PostText.url(r.url()), titleOrUrl(r.title(), r.url())))
                .toList();
        String commentary = PostText.commentary(link.commentary());
        Via via = null;
        if (link.via() != null && PostText.url(link.via().url()) != null) {
            via = new Via(titleOrUrl(link.via().title(), link.via().url()), PostText.url(link.via().url()));
        } else if (link.via() != null && PostText.line(link.via().title()) != null) {
            // A credit without a URL is printed as text: right after the links it reads back as a credit, after
            // a commentary as the commentary's end.
            String title = PostText.line(link.via().title());
            if (commentary == null) {
                via = new Via(title, null);
            } else {
                commentary = commentary + " (via " + title + ")";
            }
        }
        return new ImportedLink(PostText.url(link.url()), titleOrUrl(link.title(), link.url()), commentary, related,
                via);
    }

    private static String titleOrUrl(String title, String url) {
        String line = PostText.line(title);
        return line != null ? line : PostText.url(url);
    }

    private static Tip tip(Tip tip) {
        if (tip == null || (PostText.line(tip.title()) == null && PostText.block(tip.body()) == null)) {
            return null;
        }
        return new Tip(PostText.line(tip.title()), PostText.block(tip.body()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

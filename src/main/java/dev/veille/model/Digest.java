package dev.veille.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A month's post: front matter (title, date, tags), intro, sections of links in section order (empty sections
 * left out), the optional tip of the month and a closing word. Texts are Markdown; null or empty means absent.
 */
public record Digest(
        String month,
        String title,
        LocalDate date,
        String intro,
        Tip tip,
        String outro,
        List<String> tags,
        DigestStatus status,
        Instant publishedAt,
        List<DigestSection> sections) {
}

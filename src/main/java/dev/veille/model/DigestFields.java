package dev.veille.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A digest's own fields as stored, before defaults apply: {@code title}, {@code date} and {@code tags} are null
 * when the curator never set them (then the template, the month's last day and the links' tags apply).
 */
public record DigestFields(
        String month,
        String title,
        LocalDate date,
        String intro,
        Tip tip,
        String outro,
        List<String> tags,
        DigestStatus status,
        Instant publishedAt) {

    public static DigestFields empty(String month) {
        return new DigestFields(month, null, null, "", new Tip("", ""), "", null, DigestStatus.DRAFT, null);
    }
}

package dev.veille.publish;

import java.util.List;

import dev.veille.model.Tip;

/**
 * An edit of a digest's own fields: null leaves a field as it is. {@code resetTitle}, {@code resetDate} and
 * {@code resetTags} bring back the defaults (template title, last day of the month, tags of the links).
 */
public record DigestPatch(
        String title,
        String date,
        String intro,
        Tip tip,
        String outro,
        List<String> tags,
        boolean resetTitle,
        boolean resetDate,
        boolean resetTags) {
}

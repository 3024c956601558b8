package dev.veille.publish;

import java.util.Map;

import dev.veille.model.Digest;

/** A digest as the editor sees it: the post, plus for each link id the earlier month it was already published in. */
public record DigestView(Digest digest, Map<Long, String> publishedIn) {
}

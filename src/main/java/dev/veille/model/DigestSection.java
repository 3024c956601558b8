package dev.veille.model;

import java.util.List;

/** One section of a digest with its links of the month, in position order. */
public record DigestSection(String name, List<Link> links) {
}

package dev.veille.model;

/** Where the curator found a link, credited at the end of its bullet: "(via [title](url))". */
public record Via(String title, String url) {
}

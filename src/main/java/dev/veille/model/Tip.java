package dev.veille.model;

/** The "Astuce du mois": a title and a Markdown body. */
public record Tip(String title, String body) {
}

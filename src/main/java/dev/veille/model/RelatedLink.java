package dev.veille.model;

/** Another link shown in the same bullet as a link ("[A](a) et [B](b) : ..."). */
public record RelatedLink(String url, String title) {
}

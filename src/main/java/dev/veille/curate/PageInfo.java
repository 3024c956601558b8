package dev.veille.curate;

/** What a web page says about itself: where it ended up, its title and description (either may be null). */
public record PageInfo(String url, String title, String description) {
}

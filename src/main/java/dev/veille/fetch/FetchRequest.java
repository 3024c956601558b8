package dev.veille.fetch;

/** What to fetch, with the validators from the previous successful fetch (either may be null). */
public record FetchRequest(String url, String etag, String lastModified) {
    public static FetchRequest of(String url) {
        return new FetchRequest(url, null, null);
    }
}

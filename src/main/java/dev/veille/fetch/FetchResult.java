package dev.veille.fetch;

import java.time.Duration;

/** The outcome of one fetch. Expected outcomes (304, 410, an error answer, a timeout) are values, not exceptions. */
public sealed interface FetchResult {

    /**
     * A 2xx body, already decompressed and within the size limit. {@code finalUrl} is where it came from after
     * redirects; {@code movedPermanentlyTo} is set only when every redirect on the way was permanent (301/308),
     * so the source's stored URL can be updated.
     */
    record Fetched(int status, String finalUrl, String movedPermanentlyTo, String contentType, byte[] body,
                   String etag, String lastModified) implements FetchResult {
    }

    /** 304: nothing changed since the validators we sent. */
    record NotModified(int status) implements FetchResult {
    }

    /** 410: the source is gone for good. */
    record Gone(int status) implements FetchResult {
    }

    /**
     * Anything else: a non-2xx answer, a timeout, a refused connection, a body over the limit, a redirect loop.
     * {@code status} is null when no HTTP answer came; {@code retryAfter} is set when the server asked us to wait
     * (429/503 with Retry-After).
     */
    record Failed(String message, Integer status, Duration retryAfter) implements FetchResult {
    }
}

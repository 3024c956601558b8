package dev.veille.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one GET, without following redirects, and waits for its whole answer, body included, no later than the
 * fetch's deadline. {@code HttpRequest.timeout} alone only covers the wait for headers; the body is bounded
 * here by waiting on the async answer with the time left and cancelling it when that runs out.
 */
final class SingleGet {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
    /** Only what {@link BodyDecompressor} can undo; no br or zstd, which would need a library. */
    static final String ACCEPT_ENCODING = "gzip, deflate";
    /** A non-2xx body of declared length up to this is read (so the connection stays reusable) and dropped. */
    private static final long ERROR_BODY_DRAIN_BYTES = 16 * 1024;

    private final HttpClient client;
    private final FetchLimits limits;

    SingleGet(HttpClient client, FetchLimits limits) {
        this.client = client;
        this.limits = limits;
    }

    HopAnswer send(URI url, FetchRequest validators, Deadline deadline) {
        Duration timeLeft = deadline.remaining();
        if (timeLeft.isZero()) {
            return timedOut();
        }
        HttpRequest request;
        try {
            request = buildRequest(url, validators, timeLeft);
        } catch (IllegalArgumentException e) {
            // e.g. a stored ETag holding a line break: the request cannot be written, so nothing is sent.
            return new HopAnswer.NoAnswer("cannot send the request (" + e.getMessage() + ")");
        }
        AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<BodyOutcome>> answer = client.sendAsync(request, info -> {
            BoundedBodySubscriber subscriber = subscriberFor(info);
            body.set(subscriber);
            return subscriber;
        });
        try {
            HttpResponse<BodyOutcome> response = answer.get(timeLeft.toNanos(), TimeUnit.NANOSECONDS);
            return new HopAnswer.Received(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            abandon(answer, body.get());
            return timedOut();
        } catch (InterruptedException e) {
            abandon(answer, body.get());
            Thread.currentThread().interrupt(); // whoever interrupted us (a scheduler stopping) must still see it
            return new HopAnswer.NoAnswer("interrupted");
        } catch (ExecutionException e) {
            abandon(answer, body.get());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Error error) {
                throw error; // out of memory and the like are not a fetch outcome
            }
            return new HopAnswer.NoAnswer(TransportFailureText.of(cause, limits));
        }
    }

    private HttpRequest buildRequest(URI url, FetchRequest validators, Duration timeLeft) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(timeLeft) // until the headers; the body is bounded by the wait in send()
                .header("User-Agent", limits.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ACCEPT_ENCODING);
        if (validators.etag() != null && !validators.etag().isBlank()) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null && !validators.lastModified().isBlank()) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        return builder.build();
    }

    private BoundedBodySubscriber subscriberFor(HttpResponse.ResponseInfo info) {
        OptionalLong declared = declaredLength(info.headers());
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return drainOrDrop(info.statusCode(), declared);
        }
        if (declared.isPresent() && declared.getAsLong() > limits.maxBodyBytes()) {
            // Refused before a single byte is read: no point downloading what will be thrown away.
            return BoundedBodySubscriber.refusing("body larger than " + ByteSizeText.of(limits.maxBodyBytes())
                    + " (Content-Length: " + declared.getAsLong() + ")");
        }
        return new BoundedBodySubscriber(limits.maxBodyBytes());
    }

    // A non-2xx body is never content. A short one of known length is read (and dropped by the Fetcher) so the
    // connection can be reused, which matters for 304, the most common answer of all; anything else is not
    // read at all, so a huge or stalling error page cannot hold the fetch.
    private static BoundedBodySubscriber drainOrDrop(int status, OptionalLong declared) {
        boolean bodiless = status == 304 || (status >= 100 && status <= 199);
        if (bodiless || (declared.isPresent() && declared.getAsLong() <= ERROR_BODY_DRAIN_BYTES)) {
            return new BoundedBodySubscriber(ERROR_BODY_DRAIN_BYTES);
        }
        return BoundedBodySubscriber.refusing("the body of a " + status + " answer is not read");
    }

    private static OptionalLong declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException garbled) {
            return OptionalLong.empty(); // the body limit still holds while reading
        }
    }

    // On JDK 17 either call alone closes the connection (a test checks the server sees the hang-up); both are
    // kept because the subscriber's cancel is the Flow contract for stopping a body, and only the future's
    // cancel reaches an exchange still waiting for its headers.
    private static void abandon(CompletableFuture<?> answer, BoundedBodySubscriber body) {
        if (body != null) {
            body.abandon();
        }
        answer.cancel(true);
    }

    private HopAnswer timedOut() {
        return new HopAnswer.NoAnswer(TransportFailureText.noCompleteAnswerWithin(limits.responseTimeout()));
    }
}

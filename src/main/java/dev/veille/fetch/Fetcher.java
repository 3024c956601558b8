package dev.veille.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.net.InetAddress;

/**
 * Fetches one URL politely and carefully: conditional GET, compression, redirects followed by hand, a deadline
 * on the whole answer and a cap on its size. Every network or HTTP outcome comes back as a {@link FetchResult};
 * only a bug throws. One instance is shared by all polls (it holds the one {@link HttpClient}) and is thread-safe.
 */
public final class Fetcher {
    private final FetchLimits limits;
    private final Clock clock;
    private final SingleGet singleGet;
    private final BodyDecompressor decompressor;
    private final Predicate<InetAddress> isPrivate;

    public Fetcher(FetchLimits limits, Clock clock) {
        this(limits, clock, PrivateAddresses::isPrivate);
    }

    /** With another idea of which addresses are private: tests use it to treat their local server as public. */
    Fetcher(FetchLimits limits, Clock clock, Predicate<InetAddress> isPrivate) {
        this.isPrivate = isPrivate;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                // Redirects are ours to follow: to count them, catch loops and know whether a move is permanent.
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .build();
        this.singleGet = new SingleGet(client, limits);
        this.decompressor = new BodyDecompressor(limits.maxBodyBytes());
    }

    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        FetchableUrl.Verdict verdict = FetchableUrl.check(request.url());
        if (verdict instanceof FetchableUrl.Verdict.Refused refused) {
            return new FetchResult.Failed("fetch " + request.url() + ": " + refused.reason(), null, null);
        }
        Deadline deadline = Deadline.after(limits.responseTimeout());
        RedirectTrail trail = new RedirectTrail(((FetchableUrl.Verdict.Accepted) verdict).uri());
        while (true) {
            // Checked at every hop: a public feed must not redirect us into the server's own network.
            Optional<String> refusal = limits.allowPrivateNetworks() ? Optional.empty()
                    : PrivateAddresses.refusal(trail.current().getHost(), isPrivate);
            if (refusal.isPresent()) {
                return failed(trail, refusal.get(), null, null);
            }
            HopAnswer answer = singleGet.send(trail.current(), request, deadline);
            if (answer instanceof HopAnswer.NoAnswer none) {
                return failed(trail, none.reason(), null, null);
            }
            HopAnswer.Received received = (HopAnswer.Received) answer;
            if (!RedirectTrail.isRedirect(received.status())) {
                return resultOf(trail, received);
            }
            Optional<FetchResult> refusedRedirect = followRedirect(trail, received);
            if (refusedRedirect.isPresent()) {
                return refusedRedirect.get();
            }
        }
    }

    /** Moves the trail to the redirect's target, or says why the fetch stops here. */
    private Optional<FetchResult> followRedirect(RedirectTrail trail, HopAnswer.Received redirect) {
        int status = redirect.status();
        Optional<String> location = redirect.headers().firstValue("Location");
        if (location.isEmpty() || location.get().isBlank()) {
            return Optional.of(failed(trail, "answered " + ReasonPhrase.statusLine(status)
                    + " without a Location header", status, null));
        }
        URI target;
        try {
            // Location may be relative (RFC 9110 §10.2.2): it is resolved against the URL that answered.
            target = trail.current().resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(failed(trail, "redirected to an invalid URL: " + location.get(), status, null));
        }
        FetchableUrl.Verdict verdict = FetchableUrl.check(target);
        if (verdict instanceof FetchableUrl.Verdict.Refused refused) {
            return Optional.of(failed(trail, "redirected to " + target + ", but " + refused.reason(), status, null));
        }
        target = ((FetchableUrl.Verdict.Accepted) verdict).uri();
        if (trail.hasVisited(target)) {
            return Optional.of(failed(trail, "redirect loop: " + trail.describeWith(target), status, null));
        }
        if (trail.redirectCount() >= limits.maxRedirects()) {
            return Optional.of(failed(trail, "too many redirects (more than " + limits.maxRedirects() + "): "
                    + trail.describeWith(target), status, null));
        }
        trail.follow(status, target);
        return Optional.empty();
    }

    /** The result for the final, non-redirect answer. */
    private FetchResult resultOf(RedirectTrail trail, HopAnswer.Received answer) {
        int status = answer.status();
        HttpHeaders headers = answer.headers();
        if (status >= 200 && status <= 299) {
            return fetched(trail, answer);
        }
        if (status == 304) {
            return new FetchResult.NotModified(status);
        }
        if (status == 410) {
            return new FetchResult.Gone(status);
        }
        String answered = "answered " + ReasonPhrase.statusLine(status);
        if (status == 429 || status == 503) {
            Optional<Duration> retryAfter = headers.firstValue("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock));
            if (retryAfter.isPresent()) {
                String wait = ", retry after " + DurationText.of(retryAfter.get());
                return failed(trail, answered + wait, status, retryAfter.get());
            }
        }
        return failed(trail, answered, status, null);
    }

    private FetchResult fetched(RedirectTrail trail, HopAnswer.Received answer) {
        int status = answer.status();
        HttpHeaders headers = answer.headers();
        if (answer.body() instanceof BodyOutcome.Refused refused) {
            return failed(trail, refused.reason(), status, null);
        }
        byte[] raw = ((BodyOutcome.Whole) answer.body()).bytes();
        BodyOutcome decoded = decompressor.decode(headers.firstValue("Content-Encoding").orElse(null), raw);
        if (decoded instanceof BodyOutcome.Refused refused) {
            return failed(trail, refused.reason(), status, null);
        }
        return new FetchResult.Fetched(status, trail.current().toString(), trail.movedPermanentlyTo(),
                headers.firstValue("Content-Type").orElse(null), ((BodyOutcome.Whole) decoded).bytes(),
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    // "fetch https://new/feed: answered 500 Internal Server Error (redirected from https://old/feed)": the URL
    // that failed first, and the one the user configured when they differ.
    private static FetchResult failed(RedirectTrail trail, String what, Integer status, Duration retryAfter) {
        String origin = trail.redirectCount() > 0 ? " (redirected from " + trail.start() + ")" : "";
        return new FetchResult.Failed("fetch " + trail.current() + ": " + what + origin, status, retryAfter);
    }
}

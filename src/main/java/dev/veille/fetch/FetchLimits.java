package dev.veille.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How long, how much and how far one fetch may go, and how it introduces itself. Tests build small limits
 * (a 1 s deadline, a 64 KiB body) so that the slow and oversized cases stay fast.
 *
 * @param connectTimeout  time allowed to open the TCP (and TLS) connection of each hop
 * @param responseTimeout time allowed for the whole fetch, redirects and body included: a server that drips
 *                        its body one byte at a time cannot hold a poll for longer than this
 * @param maxBodyBytes    the largest body accepted, compressed on the wire and again once decompressed
 * @param maxRedirects    how many redirects are followed before giving up
 * @param userAgent       sent with every request, so site owners can tell who is polling them
 * @param allowPrivateNetworks whether loopback, private, link-local and metadata addresses may be fetched
 *                        (off by default: a feed URL must not become a way into the server's own network)
 */
public record FetchLimits(Duration connectTimeout, Duration responseTimeout, long maxBodyBytes, int maxRedirects,
                          String userAgent, boolean allowPrivateNetworks) {

    /** Who we are, in one place: the version and the project URL a site owner can follow to reach us. */
    public static final String DEFAULT_USER_AGENT =
            "Veille/0.1 (+https://github.com/veille-dev/veille; self-hosted tech watch)";

    public FetchLimits {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, got " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** Limits in line with other readers (Miniflux: 20 s, 15 MiB; FreshRSS: 4 redirects). */
    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                DEFAULT_USER_AGENT, false);
    }

    public FetchLimits withConnectTimeout(Duration value) {
        return new FetchLimits(value, responseTimeout, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks);
    }

    public FetchLimits withResponseTimeout(Duration value) {
        return new FetchLimits(connectTimeout, value, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks);
    }

    public FetchLimits withMaxBodyBytes(long value) {
        return new FetchLimits(connectTimeout, responseTimeout, value, maxRedirects, userAgent, allowPrivateNetworks);
    }

    public FetchLimits withMaxRedirects(int value) {
        return new FetchLimits(connectTimeout, responseTimeout, maxBodyBytes, value, userAgent, allowPrivateNetworks);
    }

    public FetchLimits withUserAgent(String value) {
        return new FetchLimits(connectTimeout, responseTimeout, maxBodyBytes, maxRedirects, value, allowPrivateNetworks);
    }

    public FetchLimits withAllowPrivateNetworks(boolean value) {
        return new FetchLimits(connectTimeout, responseTimeout, maxBodyBytes, maxRedirects, userAgent, value);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}

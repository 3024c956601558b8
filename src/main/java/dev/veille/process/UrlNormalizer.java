package dev.veille.process;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reduces a URL to the key under which the same page found in two sources is recognised as one: https, lower
 * case host, no default port, no fragment, no tracking parameters, no trailing slash. The key is for comparing,
 * never for fetching: treating http and https as one resource is an assumption a crawler could not make.
 */
public final class UrlNormalizer {

    // Added by newsletters and ad networks to the same article; they never change what the page shows.
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "mc_cid", "mc_eid");
    private static final String TRACKING_PREFIX = "utm_";
    /** Each pass only removes or lower-cases, so a handful always suffices; the bound is a guard, not a limit. */
    private static final int MAX_PASSES = 8;

    private UrlNormalizer() {
    }

    /**
     * The dedupe key of {@code url}. Path case and percent-encoding are kept (servers may tell them apart).
     * Anything that is not an http(s) URL with a host gets a best-effort key instead of an exception: the
     * input trimmed and lower-cased. A key is its own key.
     */
    public static String normalize(String url) {
        Objects.requireNonNull(url, "url");
        // One pass can expose what another pass would remove: "https://a.org/x /" loses its slash and ends with
        // a space, a host "a.org.." loses one dot. The key is the passes' fixed point, reached in two or three.
        String key = normalizeOnce(url);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String again = normalizeOnce(key);
            if (again.equals(key)) {
                break;
            }
            key = again;
        }
        return key;
    }

    private static String normalizeOnce(String url) {
        String trimmed = url.strip();
        UriReference reference = UriReference.parse(trimmed);
        String scheme = reference.scheme() == null ? "" : reference.scheme().toLowerCase(Locale.ROOT);
        String host = reference.host();
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web || host.isEmpty() || !hasUsablePort(reference)) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        StringBuilder key = new StringBuilder("https://");
        key.append(userInfo(reference));
        key.append(normalizeHost(host));
        key.append(significantPort(reference));
        key.append(withoutTrailingSlashes(reference.path()));
        String query = reference.query() == null ? "" : withoutTrackingParameters(reference.query());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return key.toString();
    }

    private static String userInfo(UriReference reference) {
        int at = reference.authority().lastIndexOf('@');
        return at < 0 ? "" : reference.authority().substring(0, at + 1);
    }

    // "Example.COM." and "example.com" name the same host: DNS is case-insensitive and the dot is the root.
    private static String normalizeHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static String portText(UriReference reference) {
        String authority = reference.authority();
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String afterHost = hostAndPort.substring(reference.host().length());
        return afterHost.startsWith(":") ? afterHost.substring(1) : "";
    }

    private static boolean hasUsablePort(UriReference reference) {
        return portText(reference).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    // Both 80 and 443 are dropped whatever the scheme: the key already treats http and https as one.
    private static String significantPort(UriReference reference) {
        String port = withoutLeadingZeros(portText(reference));
        if (port.isEmpty() || port.equals("80") || port.equals("443")) {
            return "";
        }
        return ":" + port;
    }

    // "0080" is port 80; "0" stays "0".
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String withoutTrackingParameters(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith(TRACKING_PREFIX) || TRACKING_PARAMETERS.contains(name);
    }
}

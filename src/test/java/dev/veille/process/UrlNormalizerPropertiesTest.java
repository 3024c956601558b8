package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the dedupe key over many random URLs. Plain JUnit with seeded generators: each failure names
 * its seed, and {@code new Urls(seed)} rebuilds that case. The table of exact keys is {@link UrlNormalizerTest}.
 */
class UrlNormalizerPropertiesTest {

    private static final int CASES = 3_000;

    @Test
    void neverThrowsOnAnyString() {
        forEachSeed(seed -> {
            Urls urls = new Urls(seed);
            for (String input : List.of(urls.anyString(), urls.urlish())) {
                try {
                    String key = UrlNormalizer.normalize(input);
                    assertTrue(key != null, "a key");
                } catch (RuntimeException e) {
                    fail(failure(seed, input, "threw " + e), e);
                }
            }
        });
    }

    @Test
    void normalizingAKeyGivesTheSameKey() {
        forEachSeed(seed -> {
            Urls urls = new Urls(seed);
            for (String url : List.of(urls.httpUrl(), urls.urlish())) {
                String key = UrlNormalizer.normalize(url);
                assertEquals(key, UrlNormalizer.normalize(key), () -> failure(seed, url, "not idempotent"));
            }
        });
    }

    @Test
    void variantsOfOneHttpUrlShareItsKey() {
        forEachSeed(seed -> {
            Urls urls = new Urls(seed);
            String canonical = urls.canonicalHttpsUrl();
            String expected = UrlNormalizer.normalize(canonical);
            for (int i = 0; i < 5; i++) {
                String variant = urls.variantOf(canonical);
                assertEquals(expected, UrlNormalizer.normalize(variant),
                        () -> failure(seed, variant, "a variant of " + canonical + " has another key"));
            }
        });
    }

    @Test
    void differentPagesKeepDifferentKeys() {
        forEachSeed(seed -> {
            Urls urls = new Urls(seed);
            String canonical = urls.canonicalHttpsUrl();
            String otherPath = canonical.replaceFirst("(https://[^/?]*)", "$1/other");
            String otherQuery = canonical + (canonical.contains("?") ? "&" : "?") + "page=2";
            assertTrue(!UrlNormalizer.normalize(canonical).equals(UrlNormalizer.normalize(otherPath))
                    && !UrlNormalizer.normalize(canonical).equals(UrlNormalizer.normalize(otherQuery)),
                    () -> failure(seed, canonical, "shares its key with another page"));
        });
    }

    private static void forEachSeed(LongConsumer check) {
        for (long seed = 0; seed < CASES; seed++) {
            check.accept(seed);
        }
    }

    private static String failure(long seed, String input, String what) {
        return "(seed " + seed + ") " + what + ": '" + input + "'";
    }

    /** URLs and near-URLs from a seed. */
    private static final class Urls {
        private static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyz0123456789-._~";
        private static final String ODD = " \t\n%[]@:/?#&=+;,!$'()*<>\"\\{}|^`\u0000\u007F\u00A0é€😀\uD800";
        private static final String[] SCHEMES = {"http", "https", "HTTP", "HtTpS", "ftp", "mailto", "javascript",
                "", "h"};
        private static final String[] TRACKING = {"utm_source=rss", "utm_medium=feed", "UTM_Campaign=x",
                "utm_content", "fbclid=IwAR0", "gclid=Cj0", "mc_cid=1", "mc_eid=2"};

        private final Random random;

        Urls(long seed) {
            random = new Random(seed);
        }

        /** Any text at all, control characters and lone surrogates included. */
        String anyString() {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                        : (char) random.nextInt(0x3000));
            }
            return text.toString();
        }

        /** The pieces of a URL in any order and shape: schemes, authorities, ports, brackets, percent signs. */
        String urlish() {
            StringBuilder url = new StringBuilder();
            if (random.nextInt(10) > 0) {
                url.append(SCHEMES[random.nextInt(SCHEMES.length)]).append(random.nextInt(8) == 0 ? ":" : "://");
            }
            int pieces = random.nextInt(8);
            for (int i = 0; i < pieces; i++) {
                switch (random.nextInt(9)) {
                    case 0 -> url.append(word()).append('@');
                    case 1 -> url.append(host());
                    case 2 -> url.append(':').append(random.nextInt(3) == 0 ? word() : String.valueOf(random.nextInt(100_000)));
                    case 3 -> url.append('/').append(word());
                    case 4 -> url.append('?').append(word()).append('=').append(word());
                    case 5 -> url.append('#').append(word());
                    case 6 -> url.append(ODD.charAt(random.nextInt(ODD.length())));
                    case 7 -> url.append('%').append(Integer.toHexString(random.nextInt(256)));
                    default -> url.append(random.nextBoolean() ? "/" : "//");
                }
            }
            return random.nextInt(5) == 0 ? " " + url + "\t" : url.toString();
        }

        /** An http(s) URL with a host, as feeds carry them: odd characters allowed in path, query, fragment. */
        String httpUrl() {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "http://" : "HTTPS://");
            if (random.nextInt(10) == 0) {
                url.append(word()).append('@');
            }
            url.append(host());
            if (random.nextInt(4) == 0) {
                url.append(':').append(random.nextInt(4) == 0 ? "0443" : String.valueOf(random.nextInt(65_536)));
            }
            int segments = random.nextInt(4);
            for (int i = 0; i < segments; i++) {
                url.append('/').append(random.nextInt(5) == 0 ? odd() : word());
            }
            if (random.nextInt(3) == 0) {
                url.append('/');
            }
            if (random.nextBoolean()) {
                url.append('?').append(query());
            }
            if (random.nextInt(4) == 0) {
                url.append('#').append(random.nextInt(3) == 0 ? odd() : word());
            }
            return url.toString();
        }

        /** https, lower-case host, no default port, no trailing slash, no fragment, no tracking parameter. */
        String canonicalHttpsUrl() {
            StringBuilder url = new StringBuilder("https://").append(host().toLowerCase(Locale.ROOT));
            if (random.nextInt(5) == 0) {
                url.append(':').append(8000 + random.nextInt(1000));
            }
            int segments = 1 + random.nextInt(3);
            for (int i = 0; i < segments; i++) {
                url.append('/').append(word());
            }
            if (random.nextBoolean()) {
                List<String> parameters = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    parameters.add("p" + i + "=" + word());
                }
                url.append('?').append(String.join("&", parameters));
            }
            return url.toString();
        }

        /** The same page written another way: scheme, host case, default port, trailing slash, fragment, tracking. */
        String variantOf(String canonical) {
            String variant = canonical;
            if (random.nextBoolean()) {
                variant = (random.nextBoolean() ? "http" : "HTTP") + variant.substring("https".length());
            }
            if (random.nextBoolean()) {
                int start = variant.indexOf("://") + 3;
                int end = start;
                while (end < variant.length() && "/:?".indexOf(variant.charAt(end)) < 0) {
                    end++;
                }
                variant = variant.substring(0, start) + mixedCase(variant.substring(start, end)) + variant.substring(end);
            }
            if (random.nextBoolean() && !variant.matches("^[a-zA-Z]+://[^/?]*:\\d+.*")) {
                variant = variant.replaceFirst("://([^/?]+)", "://$1:" + (random.nextBoolean() ? "80" : "443"));
            }
            int queryAt = variant.indexOf('?');
            String path = queryAt < 0 ? variant : variant.substring(0, queryAt);
            String query = queryAt < 0 ? "" : variant.substring(queryAt + 1);
            if (random.nextBoolean()) {
                path = path + "/".repeat(1 + random.nextInt(2));
            }
            List<String> parameters = new ArrayList<>(query.isEmpty() ? List.of() : List.of(query.split("&")));
            int tracking = random.nextInt(3);
            for (int i = 0; i < tracking; i++) {
                parameters.add(random.nextInt(parameters.size() + 1), TRACKING[random.nextInt(TRACKING.length)]);
            }
            variant = path + (parameters.isEmpty() ? (random.nextInt(4) == 0 ? "?" : "") : "?" + String.join("&", parameters));
            if (random.nextBoolean()) {
                variant = variant + "#" + (random.nextBoolean() ? word() : "");
            }
            return random.nextInt(5) == 0 ? "  " + variant + " " : variant;
        }

        private String host() {
            return switch (random.nextInt(6)) {
                case 0 -> "[2001:DB8::" + Integer.toHexString(random.nextInt(0xffff)) + "]";
                case 1 -> random.nextInt(256) + "." + random.nextInt(256) + ".0.1";
                case 2 -> mixedCase(word()) + ".Example.COM" + (random.nextInt(4) == 0 ? "." : "");
                default -> word() + "." + word() + ".org";
            };
        }

        private String query() {
            List<String> parameters = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                parameters.add(random.nextInt(4) == 0 ? TRACKING[random.nextInt(TRACKING.length)]
                        : word() + "=" + (random.nextInt(5) == 0 ? odd() : word()));
            }
            return String.join("&", parameters);
        }

        private String word() {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                word.append(UNRESERVED.charAt(random.nextInt(UNRESERVED.length())));
            }
            return word.toString();
        }

        private String odd() {
            StringBuilder odd = new StringBuilder();
            int length = 1 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                odd.append(ODD.charAt(random.nextInt(ODD.length())));
            }
            return odd.toString();
        }

        private String mixedCase(String text) {
            StringBuilder mixed = new StringBuilder();
            for (char c : text.toCharArray()) {
                mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            return mixed.toString();
        }
    }
}

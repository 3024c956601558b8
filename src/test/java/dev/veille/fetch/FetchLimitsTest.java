package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchLimitsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        FetchLimits defaults = FetchLimits.defaults();

        assertEquals(Duration.ofSeconds(10), defaults.connectTimeout());
        assertEquals(Duration.ofSeconds(30), defaults.responseTimeout());
        assertEquals(10L * 1024 * 1024, defaults.maxBodyBytes());
        assertEquals(5, defaults.maxRedirects());
        assertEquals("Veille/0.1 (+https://github.com/veille-dev/veille; self-hosted tech watch)",
                defaults.userAgent());
        assertEquals(false, defaults.allowPrivateNetworks(), "private networks are refused unless allowed");
    }

    @Test
    void withersChangeOnlyTheirOwnLimit() {
        FetchLimits small = FetchLimits.defaults().withAllowPrivateNetworks(true)
                .withResponseTimeout(Duration.ofSeconds(1)).withMaxBodyBytes(65536);

        assertEquals(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(1), 65536, 5,
                FetchLimits.DEFAULT_USER_AGENT, true), small);
    }

    @Test
    void refusesLimitsThatCouldNeverWork() {
        FetchLimits defaults = FetchLimits.defaults().withAllowPrivateNetworks(true);

        assertThrows(IllegalArgumentException.class, () -> defaults.withConnectTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> defaults.withResponseTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxBodyBytes(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxRedirects(-1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withUserAgent(" "));
    }

    @Test
    void allowsNotFollowingRedirectsAtAll() {
        assertEquals(0, FetchLimits.defaults().withAllowPrivateNetworks(true).withMaxRedirects(0).maxRedirects());
    }
}

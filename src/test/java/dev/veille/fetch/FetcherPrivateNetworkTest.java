package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;

class FetcherPrivateNetworkTest {

    @ParameterizedTest(name = "{0} private: {1}")
    @CsvSource({
            "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true", "169.254.169.254, true",
            "100.64.0.1, true", "0.0.0.0, true", "224.0.0.1, true", "255.255.255.255, true", "::1, true",
            "fd00::1, true", "fe80::1, true", "::ffff:10.0.0.1, true",
            "93.184.216.34, false", "8.8.8.8, false", "172.32.0.1, false", "100.128.0.1, false",
            "2606:4700::1111, false"})
    void addressesAreClassified(String address, boolean isPrivate) throws Exception {
        assertEquals(isPrivate, PrivateAddresses.isPrivate(InetAddress.getByName(address)));
    }

    @Test
    void loopbackIsRefusedWithoutAnyRequestUnlessAllowed() {
        try (LocalHttpServer server = LocalHttpServer.start()) {
            server.on("/feed", CannedResponse.ok("application/rss+xml", "<rss/>"));
            FetchResult refused = new Fetcher(FetchLimits.defaults(), Clock.systemUTC())
                    .fetch(FetchRequest.of(server.url("/feed")));
            FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, refused);
            assertEquals("fetch " + server.url("/feed") + ": 127.0.0.1 resolves to the private address 127.0.0.1:"
                    + " refused (set VEILLE_ALLOW_PRIVATE_NETWORKS=true to read feeds on a private network)",
                    failed.message());
            assertTrue(server.requests().isEmpty(), "no request reached the private address");

            FetchResult allowed = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC())
                    .fetch(FetchRequest.of(server.url("/feed")));
            assertInstanceOf(FetchResult.Fetched.class, allowed);
        }
    }

    @Test
    void everyRedirectHopIsCheckedToo() {
        try (LocalHttpServer server = LocalHttpServer.start()) {
            // This test's server plays a public site: only 127.0.0.1 itself counts as public here.
            Fetcher fetcher = new Fetcher(FetchLimits.defaults(), Clock.systemUTC(),
                    address -> PrivateAddresses.isPrivate(address) && !address.getHostAddress().equals("127.0.0.1"));
            server.on("/public", CannedResponse.ok("application/rss+xml", "<rss/>"));
            assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/public"))));

            server.on("/start", CannedResponse.status(302).withHeader("Location", "http://169.254.169.254/latest/meta-data/"));
            FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                    fetcher.fetch(FetchRequest.of(server.url("/start"))));
            assertEquals("fetch http://169.254.169.254/latest/meta-data/: 169.254.169.254 resolves to the private"
                    + " address 169.254.169.254: refused (set VEILLE_ALLOW_PRIVATE_NETWORKS=true to read feeds on a"
                    + " private network) (redirected from " + server.url("/start") + ")", failed.message());
        }
    }
}

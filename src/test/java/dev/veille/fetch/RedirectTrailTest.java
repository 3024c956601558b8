package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectTrailTest {
    private static final URI START = URI.create("https://a.example/feed");
    private static final URI MIDDLE = URI.create("https://b.example/feed");
    private static final URI END = URI.create("https://c.example/feed");

    @ParameterizedTest(name = "{0} then {1} moves the source: {2}")
    @CsvSource({
            "301, 301, true",
            "301, 308, true",
            "308, 308, true",
            "301, 302, false",
            "302, 301, false",
            "307, 308, false",
            "303, 301, false"})
    void sourceMovesOnlyWhenEveryRedirectWasPermanent(int first, int second, boolean moved) {
        RedirectTrail trail = new RedirectTrail(START);
        trail.follow(first, MIDDLE);
        trail.follow(second, END);

        assertEquals(END, trail.current());
        assertEquals(moved ? END.toString() : null, trail.movedPermanentlyTo());
    }

    @org.junit.jupiter.api.Test
    void noRedirectMeansNoMove() {
        RedirectTrail trail = new RedirectTrail(START);

        assertNull(trail.movedPermanentlyTo());
        assertEquals(0, trail.redirectCount());
        assertEquals("https://a.example/feed → https://b.example/feed", trail.describeWith(MIDDLE));
    }
}

package dev.veille.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the small hand-written fixtures in src/test/resources/fixtures, named after the quirk they reproduce. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

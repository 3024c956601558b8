package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(textBlock = """
            6.4.9,         6.4.10
            6.4.0,         6.5.0
            1.9,           1.10.0
            1.0.0-rc.1,    1.0.0
            1.0.0-alpha,   1.0.0-alpha.1
            1.0.0-alpha.1, 1.0.0-alpha.beta
            1.0.0-alpha,   1.0.0-beta
            1.0.0-beta.2,  1.0.0-beta.11
            1.0.0-rc.1,    1.0.0-rc.2
            1.0.0rc1,      1.0.0
            6.0.0.CR1,     6.0.0.Final
            v3.0.0-beta.4, v3.0.0
            2.9.9,         v3.0.0
            nightly,       0.0.1
            1.99999999999999999999, 1.100000000000000000000
            """)
    void ordersVersionsAsReleasesMeanThem(String older, String newer) {
        assertTrue(VersionOrder.INSTANCE.compare(older, newer) < 0, older + " < " + newer);
        assertTrue(VersionOrder.INSTANCE.compare(newer, older) > 0, newer + " > " + older);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            1.0,          1.0.0
            v6.4.3,       6.4.3
            1.0.0+build.5, 1.0.0
            5.4.2.Final,  5.4.2
            2.0.0-RC.1,   2.0.0-rc.1
            """)
    void readsTheSameVersionInItsSpellings(String a, String b) {
        assertEquals(0, VersionOrder.INSTANCE.compare(a, b));
    }

    @Test
    void sortsTheSemverPrecedenceExample() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(42));

        shuffled.sort(VersionOrder.INSTANCE);

        assertEquals(ordered, shuffled);
    }
}

package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchMonthsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1,  Janvier
            2,  Février
            3,  Mars
            4,  Avril
            5,  Mai
            6,  Juin
            7,  Juillet
            8,  Août
            9,  Septembre
            10, Octobre
            11, Novembre
            12, Décembre
            """)
    void namesEachMonthCapitalisedWithItsAccents(int month, String name) {
        assertEquals(name, FrenchMonths.name(YearMonth.of(2019, month)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2019-08, Août 2019
            2019-10, Octobre 2019
            2020-02, Février 2020
            """)
    void namesTheMonthWithItsYear(String month, String expected) {
        assertEquals(expected, FrenchMonths.nameWithYear(YearMonth.parse(month)));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Web, Ops & Data - Octobre 2019   | 2019-10
            Web, Ops & Data - Août 2019      | 2019-08
            # accents and case do not matter
            Web, Ops & Data - aout 2019      | 2019-08
            WEB, OPS & DATA - FÉVRIER 2020   | 2020-02
            Décembre 2019 : le bilan          | 2019-12
            # no month, or a month without a year, or a word that only contains a month
            Web, Ops & Data                  |
            Mars attacks 2019                |
            Septembre20199                   |
            Remai 2019                       |
            """)
    void findsTheMonthATitleNames(String title, String expected) {
        Optional<YearMonth> want = expected == null ? Optional.empty() : Optional.of(YearMonth.parse(expected));
        assertEquals(want, FrenchMonths.findIn(title));
    }
}

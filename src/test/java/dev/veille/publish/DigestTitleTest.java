package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTitleTest {

    private static final YearMonth OCTOBER_2019 = YearMonth.of(2019, 10);

    @Test
    void defaultTemplateGivesTheRoundupTitle() {
        assertEquals("Web, Ops & Data - Octobre 2019", DigestTitle.of(OCTOBER_2019));
        assertEquals("Web, Ops & Data - Août 2019", DigestTitle.of(YearMonth.of(2019, 8)));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            La veille de {Mois} {Année}      | La veille de Octobre 2019
            {Année}-{Mois} / {Mois}          | 2019-Octobre / Octobre
            Veille {Mois} {Annee}            | Veille Octobre 2019
            # unknown placeholders and other text stay as written
            {Jour} {Mois}                    | {Jour} Octobre
            {mois} {année}                   | {mois} {année}
            # no template: the default one
            ""                               | Web, Ops & Data - Octobre 2019
            "   "                            | Web, Ops & Data - Octobre 2019
            """)
    void fillsTheTemplatesPlaceholders(String template, String expected) {
        assertEquals(expected, DigestTitle.of(template, OCTOBER_2019));
    }

    @Test
    void nullTemplateMeansTheDefault() {
        assertEquals("Web, Ops & Data - Octobre 2019", DigestTitle.of(null, OCTOBER_2019));
    }

    @Test
    void decomposedAccentInTheTemplateStillMatches() {
        String decomposed = Normalizer.normalize("{Mois} {Année}", Normalizer.Form.NFD);

        assertEquals("Octobre 2019", DigestTitle.of(decomposed, OCTOBER_2019));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2019-10, 2019-10-31
            2019-11, 2019-11-30
            2020-02, 2020-02-29
            2019-02, 2019-02-28
            """)
    void defaultDateIsTheLastDayOfTheMonth(String month, String expected) {
        assertEquals(LocalDate.parse(expected), DigestDate.defaultFor(YearMonth.parse(month)));
    }
}

package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.model.Selectors;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorsValidationTest {

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            div.release | h2  | h2 a     | time  | .notes | -
            div.release | -   | a        | -     | -      | -
            -           | -   | a        | -     | -      | the item selector is required
            div.release | -   | ' '      | -     | -      | the link selector is required
            div[        | -   | a        | -     | -      | invalid CSS selector for item: 'div['
            div         | h2: | a        | -     | -      | invalid CSS selector for title: 'h2:'
            div         | -   | a:nope() | -     | -      | invalid CSS selector for link: 'a:nope()'
            div         | -   | a        | >>    | -      | invalid CSS selector for date: '>>'
            div         | -   | a        | -     | p[x=   | invalid CSS selector for summary: 'p[x='
            """)
    void reportsTheFirstProblemOrNothing(String item, String title, String link, String date, String summary,
            String expected) {
        assertEquals(Optional.ofNullable(expected),
                SelectorsValidation.check(new Selectors(item, title, link, date, summary)));
    }
}

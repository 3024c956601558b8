package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void trimsDropsBlanksAndDedupesIgnoringCaseKeepingTheFirstSpelling() {
        assertEquals(List.of("Java", "Kotlin"),
                Categories.merge(List.of(" Java ", "", "   ", "java", "JAVA", "Kotlin"), null));
    }

    @Test
    void appendsTheSourceSection() {
        assertEquals(List.of("Java", "Releases"), Categories.merge(List.of("Java"), "Releases"));
    }

    @Test
    void doesNotRepeatASectionAlreadyPresentInAnotherCase() {
        assertEquals(List.of("releases", "Java"), Categories.merge(List.of("releases", "Java"), "Releases"));
    }

    @Test
    void ignoresABlankSection() {
        assertEquals(List.of("Java"), Categories.merge(List.of("Java"), "  "));
    }

    @Test
    void acceptsMissingCategories() {
        assertEquals(List.of("Tools"), Categories.merge(null, "Tools"));
        assertEquals(List.of("Go"), Categories.merge(Arrays.asList(null, "Go"), null));
        assertEquals(List.of(), Categories.merge(List.of(), null));
    }

    @Test
    void cleansMarkupAndEntities() {
        assertEquals(List.of("C&C", "Go", "Java & JVM"),
                Categories.merge(List.of("C&amp;C", "<b>Go</b>", "Java\n &amp; JVM"), null));
    }

    @Test
    void keepsAtMostTwentyOwnCategoriesAndAlwaysTheSection() {
        List<String> many = IntStream.range(0, 30).mapToObj(i -> "tag" + i).toList();

        List<String> merged = Categories.merge(many, "Security");

        assertEquals(21, merged.size());
        assertEquals("tag19", merged.get(19));
        assertEquals("Security", merged.get(20));
    }

    @Test
    void shortensAProseCategory() {
        String prose = "word ".repeat(100);

        String category = Categories.merge(List.of(prose), null).get(0);

        assertEquals("word ".repeat(20).strip() + "…", category);
        assertEquals(Categories.MAX_CATEGORY_CHARS, category.length());
    }
}

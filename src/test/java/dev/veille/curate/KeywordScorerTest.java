package dev.veille.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.model.Section;

/** Keywords as whole words, case and accents ignored; the strongest section wins, as the class says. */
class KeywordScorerTest {

    private static final List<Section> SECTIONS = List.of(
            new Section(1, "Cloud", 0, List.of("AWS", "Lambda", "Google Cloud")),
            new Section(2, "Container et Orchestration", 1, List.of("Kubernetes", "Docker")),
            new Section(3, "DevOps", 2, List.of("Terraform")),
            new Section(4, "Sécurité", 3, List.of("CVE", "vulnérabilité", "faille")),
            new Section(5, "Web", 4, List.of("HTTP/3", "navigateur")),
            new Section(6, "Langages", 5, List.of("Go", "Java", "C++")),
            new Section(7, "CI/CD", 6, List.of("GitLab CI")));

    private final KeywordScorer scorer = new KeywordScorer(SECTIONS);

    @ParameterizedTest(name = "{0} | {1} → {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kubernetes 1.16 is out             | -                                   | -                             | Container et Orchestration | Kubernetes
            KUBERNETES everywhere              | -                                   | -                             | Container et Orchestration | Kubernetes
            Une VULNERABILITE dans sudo        | -                                   | -                             | Sécurité                   | vulnérabilité
            Terraform 0.12 on AWS              | -                                   | -                             | DevOps                     | Terraform
            Kubernetes on Google Cloud         | -                                   | -                             | Cloud                      | Google Cloud
            A new release                      | Runs on Docker, AWS and Kubernetes  | -                             | Container et Orchestration | Docker
            AWS re:Invent recap                | Kubernetes and Docker everywhere    | -                             | Cloud                      | AWS
            Firefox active HTTP/3              | -                                   | -                             | Web                        | HTTP/3
            Le navigateur de demain            | -                                   | -                             | Web                        | navigateur
            Go 1.13 is released                | -                                   | -                             | Langages                   | Go
            What's new in C++20                | -                                   | -                             | -                          | -
            Modern C++ in practice             | -                                   | -                             | Langages                   | C++
            GitLab CI 12.3                     | -                                   | -                             | CI/CD                      | GitLab CI
            Release notes                      | -                                   | https://kubernetes.example/x  | Container et Orchestration | Kubernetes
            """)
    void findsTheStrongestSection(String title, String summary, String url, String section, String keyword) {
        var hit = scorer.best(title, summary, url);
        assertEquals(section, hit.map(h -> h.section().name()).orElse(null));
        assertEquals(keyword, hit.map(KeywordScorer.Hit::keyword).orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Javadoc tips                       | Java is a word, Javadoc is not
            GitLab CIS benchmark               | a keyword of two words must be followed by nothing else inside the word
            Dockerfile linting                 | Dockerfile is not Docker
            Une faillite                       | faille is not faillite
            Lambdas in Kotlin                  | the plural is another word
            """)
    void matchesWholeWordsOnly(String title, String why) {
        assertTrue(scorer.best(title, "", "").isEmpty(), why);
    }

    @Test
    void aSectionWithoutKeywordsIsNeverChosenByThem() {
        KeywordScorer none = new KeywordScorer(List.of(new Section(1, "Divers", 0, List.of())));
        assertTrue(none.best("Anything at all", "anything", "https://a.example/").isEmpty());
    }
}

package dev.veille.publish;

import static dev.veille.publish.TestLinks.digest;
import static dev.veille.publish.TestLinks.link;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.model.Via;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The digests whose posts are written by hand in {@code src/test/resources/golden/<name>.md}. */
final class GoldenDigests {

    static final List<String> NAMES = List.of(
            "octobre-2019", "escaping", "multi-line-commentary", "month-without-links");

    private GoldenDigests() {
    }

    static Digest named(String name) {
        return switch (name) {
            case "octobre-2019" -> octobre2019();
            case "escaping" -> escaping();
            case "multi-line-commentary" -> multiLineCommentary();
            case "month-without-links" -> monthWithoutLinks();
            default -> throw new IllegalArgumentException("no golden digest named " + name);
        };
    }

    static byte[] post(String name) {
        try (InputStream in = GoldenDigests.class.getResourceAsStream("/golden/" + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("missing golden file golden/" + name + ".md");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A typical month: accents and apostrophes, two and three links in a bullet, a credit, an empty section
    // (left out), a tip with a code block, an outro.
    private static Digest octobre2019() {
        return digest("Web, Ops & Data - Octobre 2019", LocalDate.of(2019, 10, 31),
                List.of("kafka", "traefik", "kubernetes", "sécurité"),
                """
                Bonjour à tous ! Voici la sélection d'octobre : beaucoup de **Kafka**, un peu de Traefik et \
                l'actualité de
                Kubernetes.
                """,
                List.of(
                        new DigestSection("Data", List.of(
                                link("https://www.confluent.io/blog/whats-new-in-apache-kafka-2-3",
                                        "Kafka 2.3 : les nouveautés",
                                        "l'incremental cooperative rebalancing arrive enfin."),
                                link("https://www.confluent.io/blog/intro-to-ksqldb", "Kafka Streams et ksqlDB",
                                        "le SQL en streaming, à tester.",
                                        List.of(new RelatedLink("https://docs.ksqldb.io/",
                                                "la documentation de ksqlDB")),
                                        null))),
                        new DigestSection("Ops", List.of(
                                link("https://blog.containo.us/traefik-2-0-6531ec5196c2", "Traefik 2.0",
                                        "TCP, canary et CRD Kubernetes.",
                                        List.of(new RelatedLink("https://docs.traefik.io/migration/v1-to-v2/",
                                                        "le guide de migration"),
                                                new RelatedLink("https://docs.traefik.io/middlewares/overview/",
                                                        "les nouveaux middlewares")),
                                        null),
                                link("https://github.com/helm/helm/releases/tag/v3.0.0-beta.4",
                                        "Helm v3.0.0-beta.4", null, List.of(),
                                        new Via("Kubernetes Podcast", "https://kubernetespodcast.com/")))),
                        new DigestSection("Cloud", List.of()),
                        new DigestSection("Sécurité", List.of(
                                link("https://example.org/blog/l'injection-sql",
                                        "L'injection SQL expliquée à ma grand-mère",
                                        "c'est l'article qu'il faut faire lire à l'équipe.")))),
                new Tip("l'astuce `kubectl explain`", """
                        Pour connaître les champs d'une ressource sans quitter le terminal :

                        ```sh
                        kubectl explain deployment.spec.strategy
                        ```
                        """),
                "Bonne lecture et au mois prochain !");
    }

    // Brackets and backslashes in titles, spaces and parentheses in URLs, a link without a title, quotes and
    // backslashes in the front matter, a tip with only a title that ends like a closing sequence; no intro.
    private static Digest escaping() {
        return digest("Les \"guillemets\", le \\ et les [crochets] - Novembre 2019", LocalDate.of(2019, 11, 30),
                List.of("c:\\temp", "\"quoted\"", "k8s"),
                null,
                List.of(new DigestSection("Titres et URL", List.of(
                        link("https://example.org/a b/c(d)?q=1 2", "Le [RFC] 3986 et les chemins C:\\Windows",
                                "une URL avec espaces et parenthèses."),
                        link("https://fr.wikipedia.org/wiki/Kafka_(logiciel)", "Kafka (logiciel)", null),
                        link("https://example.org/gateway api", "[Draft] Gateway API", "deux liens, des crochets.",
                                List.of(new RelatedLink("https://example.org/x)y", "Les ] fermants")), null),
                        link("https://example.org/sans titre", "  ", "", List.of(),
                                new Via("[Newsletter] DevOps'ish", "https://devopsish.com/"))))),
                new Tip("le raccourci #", "  "),
                "");
    }

    // Commentaries over several lines: a nested list, a blank line, a credit after the last line, a code block
    // holding a blank line; no intro, no tip, no outro, no tags.
    private static Digest multiLineCommentary() {
        return digest("Web, Ops & Data - Décembre 2019", LocalDate.of(2019, 12, 31), List.of(), "", List.of(
                        new DigestSection("Monitoring", List.of(
                                link("https://grafana.com/blog/2019/11/28/grafana-v6.5-released/", "Grafana 6.5",
                                        """
                                        une version chargée :
                                        - Amazon CloudWatch sait faire des requêtes multiples ;
                                        - les variables ont un nouveau look.

                                        Et surtout, le *query history* arrive en bêta.
                                        """),
                                link("https://github.com/prometheus/prometheus/releases/tag/v2.14.0",
                                        "Prometheus 2.14",
                                        "la nouvelle UI en React\r\nest disponible derrière un flag.   ", List.of(),
                                        new Via("Prometheus Blog", "https://prometheus.io/blog/")),
                                link("https://grafana.com/blog/loki-in-production/", "Loki en production",
                                        """
                                        un exemple de configuration :

                                        ```yaml
                                        schema_config:
                                        \s\s
                                          configs:
                                            - from: 2019-11-01
                                        ```
                                        """)))),
                null, null);
    }

    // No link at all: the empty section is left out; front matter, intro, a tip without a title, outro.
    private static Digest monthWithoutLinks() {
        return digest("Web, Ops & Data - Août 2019", LocalDate.of(2019, 8, 31), null,
                "Pas de liens ce mois-ci : c'est l'été.",
                List.of(new DigestSection("Data", List.of())),
                new Tip(null, "Pour garder un terminal propre, `Ctrl+L` efface l'écran."),
                "\n\nÀ la rentrée !\n");
    }
}

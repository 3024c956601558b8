package dev.veille.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.model.Item;
import dev.veille.model.ItemStatus;

/** Tags prefilled on keep: known tags, the default vocabulary and the feed categories, in text order. */
class TagSuggesterTest {

    private static final List<String> SECTIONS = List.of("Cloud", "Sécurité", "Time Series", "(Big) Data");
    private final TagSuggester suggester = new TagSuggester(TagVocabulary.defaults());

    private static Item item(String title, String summary, String... categories) {
        return new Item(1, 1, "g", "https://a.example/", title, summary, Instant.EPOCH, Instant.EPOCH, ItemStatus.NEW,
                List.of(categories), null, false, null);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kubernetes 1.16 is out                         | -                                  | -                         | kubernetes
            Running k8s on AWS with Terraform              | -                                  | -                         | kubernetes aws terraform
            Postgres 12 and PostgreSQL extensions          | -                                  | -                         | postgresql
            Kafka Streams on GitHub Actions                | -                                  | -                         | kafka kafka-streams github github-actions
            Argo CD 1.2                                    | -                                  | -                         | argo-cd
            Firefox active HTTP/3                          | -                                  | -                         | firefox http3
            Grafana dashboards                             | with data from InfluxDB and Telegraf | -                       | grafana influxdb telegraf
            Notre retour                                   | -                                  | Cloud Native,News,Sécurité | cloud-native
            Something about Envoy                          | -                                  | Envoy,Service Mesh        | envoy service-mesh
            Nothing known here                             | -                                  | Time Series,Uncategorized | -
            """)
    void prefillsTagsInTheOrderOfTheText(String title, String summary, String categories, String expected) {
        Item item = item(title, summary == null ? "" : summary,
                categories == null ? new String[0] : categories.split(","));
        assertEquals(list(expected), suggester.suggest(item, List.of(), SECTIONS));
    }

    @Test
    void knownTagsCountAndNothingRepeatsOrPassesEight() {
        Item item = item("Kafka, Spark, Flink, Hadoop, Airflow, Beam, Presto, Druid and Pulsar walk into a bar",
                "kafka again", "kafka", "my-own-tag");
        List<String> tags = suggester.suggest(item, List.of("bar"), SECTIONS);
        assertEquals(List.of("kafka", "spark", "flink", "hadoop", "airflow", "presto", "druid", "pulsar"), tags);
    }

    @Test
    void aKnownTagIsFoundWithoutTheVocabulary() {
        assertEquals(List.of("gke", "kafka-streams"),
                new TagSuggester().suggest(item("GKE and Kafka Streams", ""), List.of("kafka-streams", "gke"), SECTIONS));
    }

    @Test
    void categoriesThatAreNotTagsAreDropped() {
        List<String> tags = suggester.suggest(item("x", "", "C/C++", "a category far too long to be any tag at all",
                "one two three four", "Big Data"), List.of(), SECTIONS);
        assertEquals(List.of("big-data"), tags, "(Big) Data is a section, Big Data is not");
    }

    @Test
    void theDefaultVocabularyIsAboutOneHundredAndFiftyValidTags() {
        long size = TagVocabulary.defaults().size();
        assertTrue(size >= 140 && size <= 200, "size " + size);
        TagVocabulary.defaults().phrases().forEach(entry -> assertTrue(LinkRules.isTag(entry.getValue()), entry.getValue()));
    }

    @Test
    void aMalformedVocabularyLineIsReportedWithItsNumber() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TagVocabulary.parse("# comment\nkafka\nNot A Tag = x\n"));
        assertEquals("/tag-vocabulary.txt line 3: 'Not A Tag' is not a tag", e.getMessage());
    }
}

package dev.veille.web;

import java.time.Instant;
import java.util.List;

/**
 * A first month of watch as a curator meets it, before any link is filed: releases from sources that have a
 * section, and posts from French and English aggregators that have none. Each post says where the curator
 * files it and the tags the curator wants on it. Titles and summaries are written like the real ones.
 */
final class FirstMonthPosts {

    /** A watched feed: its path on the test server, its title, its section (null: none). */
    record Feed(String path, String title, String section) {
    }

    /** A post of a feed, with where the curator files it and the tags the curator gives it. */
    record Post(Feed feed, String title, String url, String summary, List<String> categories, String section,
                List<String> tags) {
    }

    static final Feed HELM = new Feed("/helm.xml", "Helm releases", "Container et Orchestration");
    static final Feed TELEGRAF = new Feed("/telegraf.xml", "Telegraf releases", "Time Series");
    static final Feed GRAFANA = new Feed("/grafana.xml", "Grafana Labs blog", "Dataviz");
    static final Feed TRAEFIK = new Feed("/traefik.xml", "Traefik releases", "Container et Orchestration");
    static final Feed JOURNAL = new Feed("/journal.xml", "Le Journal du Hacker", null);
    static final Feed NEWS = new Feed("/news.xml", "Tech News", null);

    static final List<Feed> FEEDS = List.of(HELM, TELEGRAF, GRAFANA, TRAEFIK, JOURNAL, NEWS);

    static final List<Post> POSTS = List.of(
            new Post(HELM, "Helm v3.0.0-beta.4", "https://github.example/helm/helm/releases/tag/v3.0.0-beta.4",
                    "Helm v3.0.0-beta.4 is a feature release. Tiller is gone; charts now use the apiVersion v2.",
                    List.of(), "Container et Orchestration", List.of("helm")),
            new Post(HELM, "Helm v2.15.0", "https://github.example/helm/helm/releases/tag/v2.15.0",
                    "Helm v2.15.0 adds chart dependency fixes and support for Kubernetes 1.16.",
                    List.of(), "Container et Orchestration", List.of("helm", "kubernetes")),
            new Post(TELEGRAF, "Telegraf 1.12.3", "https://github.example/influxdata/telegraf/releases/tag/1.12.3",
                    "Bug fixes: the prometheus input no longer drops labels; the influxdb output retries on 5xx.",
                    List.of(), "Time Series", List.of("telegraf")),
            new Post(TELEGRAF, "Telegraf 1.12.2", "https://github.example/influxdata/telegraf/releases/tag/1.12.2",
                    "Fixes for the docker input plugin and the MySQL collector.",
                    List.of(), "Time Series", List.of("telegraf")),
            new Post(GRAFANA, "Grafana v6.4 released", "https://grafana.example/blog/2019/10/02/grafana-v6.4-released/",
                    "Grafana 6.4 brings reporting, the new Logs panel and Explore improvements for Loki and Elasticsearch.",
                    List.of("Releases", "Grafana"), "Dataviz", List.of("grafana")),
            new Post(GRAFANA, "Grafana v6.4.3", "https://grafana.example/blog/2019/10/16/grafana-v6.4.3/",
                    "A patch release with fixes for alerting and the MySQL data source.",
                    List.of("Releases"), "Dataviz", List.of("grafana")),
            new Post(TRAEFIK, "Traefik 2.0 is out", "https://traefik.example/blog/traefik-2-0-is-out/",
                    "TCP routing with SNI, middlewares, a new dashboard and Kubernetes CRDs for Traefik 2.0.",
                    List.of(), "Container et Orchestration", List.of("traefik", "kubernetes")),
            new Post(NEWS, "Kubernetes 1.16: Custom Resources, Overhauled Metrics, and Volume Extensions",
                    "https://kubernetes.example/blog/2019/09/18/kubernetes-1-16-release-announcement/",
                    "Kubernetes 1.16 consists of 31 enhancements: CRDs become GA, the metrics registry is rewritten"
                            + " and volume resizing reaches beta.",
                    List.of("Kubernetes", "Release"), "Container et Orchestration", List.of("kubernetes")),
            new Post(NEWS, "Apache Kafka 2.3.1 is out with fixes for Kafka Streams and Connect",
                    "https://kafka.example/blog/2019/10/24/apache-kafka-2-3-1/",
                    "This bug fix release of Apache Kafka fixes 48 issues, including rebalancing in Kafka Connect.",
                    List.of(), "(Big) Data", List.of("kafka", "kafka-streams")),
            new Post(NEWS, "PostgreSQL 12 Released!", "https://postgresql.example/about/news/1976/",
                    "The PostgreSQL Global Development Group announces PostgreSQL 12, with faster indexing,"
                            + " partitioning improvements and SQL/JSON path expressions.",
                    List.of(), "SQL", List.of("postgresql")),
            new Post(NEWS, "InfluxDB 2.0 alpha 18: Flux tasks and a new Data Explorer",
                    "https://influxdata.example/blog/influxdb-2-0-alpha-18/",
                    "The time series platform gets Flux tasks, a new Data Explorer and token management.",
                    List.of(), "Time Series", List.of("influxdb", "flux")),
            new Post(JOURNAL, "Construire des dashboards Grafana pour vos clusters Kubernetes",
                    "https://blog.ops.example/2019/10/dashboards-grafana-kubernetes",
                    "Retour d'expérience : nos tableaux de bord pour suivre la charge des nœuds et des pods.",
                    List.of("grafana", "kubernetes"), "Dataviz", List.of("grafana", "kubernetes")),
            new Post(NEWS, "AWS Lambda now supports Node.js 12", "https://aws.example/about-aws/whats-new/2019/11/lambda-nodejs-12/",
                    "You can now author AWS Lambda functions in Node.js 12, the new long-term support release.",
                    List.of(), "Cloud", List.of("aws", "lambda", "node.js")),
            new Post(NEWS, "CVE-2019-11253: Kubernetes API server vulnerable to YAML \"billion laughs\" attack",
                    "https://github.example/kubernetes/kubernetes/issues/83253",
                    "A denial of service vulnerability: malicious YAML or JSON payloads make the API server use too"
                            + " much CPU or memory.",
                    List.of("Security", "Kubernetes"), "Sécurité", List.of("kubernetes", "cve")),
            new Post(JOURNAL, "Terraform 0.12.10 : nouvelles fonctions et provider AWS 2.30",
                    "https://journal.example/s/terraform-0-12-10",
                    "Les fonctions de chaînes arrivent dans HCL 2 et le provider AWS gère enfin les tags par défaut.",
                    List.of("terraform"), "DevOps", List.of("terraform", "aws")),
            new Post(NEWS, "Announcing Rust 1.38.0", "https://blog.rust.example/2019/09/26/Rust-1.38.0.html",
                    "Pipelined compilation makes crates build faster; a lint warns about mem::uninitialized.",
                    List.of(), "Langages", List.of("rust")),
            new Post(JOURNAL, "OpenTelemetry : le tracing distribué unifié arrive en bêta",
                    "https://journal.example/s/opentelemetry-beta",
                    "OpenCensus et OpenTracing fusionnent : une seule API pour les traces et les métriques.",
                    List.of("Observabilité"), "APM", List.of("opentelemetry", "opentracing")),
            new Post(NEWS, "Docker Desktop for Windows will run on WSL 2",
                    "https://docker.example/blog/docker-hearts-wsl-2/",
                    "The next Docker Desktop uses the WSL 2 Linux kernel instead of a Hyper-V virtual machine.",
                    List.of(), "Windows", List.of("docker", "wsl")),
            new Post(NEWS, "Prometheus 2.13: faster remote read and a better web UI",
                    "https://prometheus.example/blog/2019/10/10/prometheus-2-13/",
                    "Remote read now streams its answers, cutting memory use for long-range queries.",
                    List.of(), "Time Series", List.of("prometheus")),
            new Post(NEWS, "Spark 3.0 preview: adaptive query execution and GPU scheduling",
                    "https://spark.example/news/spark-3.0.0-preview.html",
                    "The preview of Apache Spark 3.0 brings dynamic partition pruning and accelerator-aware scheduling.",
                    List.of(), "(Big) Data", List.of("spark")),
            new Post(NEWS, "GitHub Actions now supports CI/CD, free for public repositories",
                    "https://github.example/blog/2019-08-08-github-actions-now-supports-ci-cd/",
                    "Workflows build, test and deploy on Linux, macOS and Windows runners, with a matrix of versions.",
                    List.of(), "CI/CD", List.of("github-actions")),
            new Post(JOURNAL, "Istio 1.3 : un service mesh plus simple à configurer",
                    "https://journal.example/s/istio-1-3",
                    "Détection automatique des protocoles et moins de configuration pour les sidecars Envoy.",
                    List.of(), "Container et Orchestration", List.of("istio", "envoy")),
            new Post(JOURNAL, "Les nouveautés de Java 13 : text blocks et switch expressions",
                    "https://journal.example/s/java-13",
                    "Java 13 apporte les blocs de texte en preview et fait évoluer les expressions switch.",
                    List.of("java"), "Langages", List.of("java")),
            new Post(JOURNAL, "Let's Encrypt passe le milliard de certificats TLS émis",
                    "https://journal.example/s/letsencrypt-milliard",
                    "L'autorité de certification gratuite a émis son milliardième certificat.",
                    List.of(), "Sécurité", List.of("letsencrypt", "tls")),
            new Post(JOURNAL, "CoreDNS 1.6.4 : DNS over HTTPS et un plugin kubernetes amélioré",
                    "https://journal.example/s/coredns-1-6-4",
                    "La version 1.6.4 sait répondre en DoH et le plugin kubernetes consomme moins de mémoire.",
                    List.of(), "DNS", List.of("coredns", "dns-over-https")),
            new Post(JOURNAL, "Firefox 70 active HTTP/3 en expérimental",
                    "https://journal.example/s/firefox-70",
                    "Le navigateur de Mozilla gagne aussi un gestionnaire de mots de passe plus sûr.",
                    List.of(), "Web", List.of("firefox", "http3")),
            new Post(NEWS, "Selenium 4 alpha: relative locators and Chrome DevTools access",
                    "https://selenium.example/blog/2019/selenium-4-alpha/",
                    "The W3C WebDriver protocol becomes the default and Selenium Grid is rewritten.",
                    List.of(), "Tests", List.of("selenium")),
            new Post(NEWS, "MongoDB's SSPL license is withdrawn from the OSI review",
                    "https://news.example/2019/mongodb-sspl-osi",
                    "The Server Side Public License will not be approved as an open source license.",
                    List.of(), "Licences", List.of("mongodb", "sspl")),
            new Post(JOURNAL, "Post-mortem : six heures de panne sur notre cluster Cassandra",
                    "https://journal.example/s/post-mortem-cassandra",
                    "Une réparation lancée sur tous les nœuds en même temps, et ce que nous avons changé depuis.",
                    List.of("Retour d'expérience"), "Méthodologie", List.of("cassandra", "postmortem")),
            new Post(NEWS, "Why we moved our monolith to microservices, and back again",
                    "https://engineering.shop.example/2019/10/monolith-microservices-and-back",
                    "Three years, forty services, one team: what it cost us and why we merged them.",
                    List.of("Architecture"), "Méthodologie", List.of("microservices")));

    /** When each post of a feed was published: a day apart, in the order above. */
    static Instant published(Post post) {
        return Instant.parse("2019-10-01T08:00:00Z").plusSeconds(86_400L * POSTS.indexOf(post) / 2);
    }

    private FirstMonthPosts() {
    }
}

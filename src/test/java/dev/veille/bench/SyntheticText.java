package dev.veille.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic tech-news text for the benchmark: titles and summaries drawn from a fixed vocabulary, so every
 * run stores the same words. Each text has one topic (kubernetes is one of {@link #TOPICS}, about 1 in 20);
 * the filler words never include a topic, so a search for a topic matches about 5 % of the items.
 */
final class SyntheticText {

    static final List<String> TOPICS = List.of("kubernetes", "kafka", "grafana", "traefik", "helm", "docker",
            "postgres", "terraform", "prometheus", "influxdb", "telegraf", "rust", "java", "python", "golang",
            "linux", "ansible", "elasticsearch", "redis", "nginx");

    private static final List<String> FILLER = List.of("release", "notes", "introducing", "support", "faster",
            "cluster", "operator", "scaling", "storage", "network", "security", "patch", "update", "guide",
            "migration", "deploy", "observability", "metrics", "logs", "tracing", "latency", "throughput",
            "benchmark", "cloud", "edge", "service", "mesh", "gateway", "ingress", "controller", "pipeline",
            "build", "testing", "debugging", "profiling", "memory", "cpu", "disk", "backup", "restore", "schema",
            "query", "index", "cache", "queue", "stream", "event", "batch", "runtime", "compiler", "library",
            "framework", "plugin", "dashboard", "alerting", "rollout", "canary", "config", "secrets", "policy",
            "audit", "upgrade", "deprecation", "feature", "preview", "stable", "beta", "community", "conference",
            "talk", "tutorial", "workshop", "case", "study", "production", "incident", "postmortem", "design",
            "architecture", "api", "client", "server", "protocol", "tls", "certificate", "dns", "proxy",
            "container", "image", "registry", "volume", "node", "pod", "job", "cron", "workflow", "team", "open",
            "source", "licence", "vendor", "cost", "performance", "reliability", "availability", "resilience",
            "chaos", "engineering", "platform", "developer", "experience", "tooling", "automation", "script",
            "shell", "terminal", "editor", "review", "merge", "branch", "commit", "version", "semantic",
            "changelog", "roadmap", "announcement", "weekly", "monthly", "digest", "newsletter", "podcast",
            "video", "slides", "paper", "research", "survey", "report", "trends", "state", "year", "lessons");

    private SyntheticText() {
    }

    /** A random source seeded by the two numbers: the same pair always gives the same text. */
    static SplittableRandom random(long a, long b) {
        return new SplittableRandom(a * 0x9E3779B97F4A7C15L + b);
    }

    static String topic(SplittableRandom random) {
        return TOPICS.get(random.nextInt(TOPICS.size()));
    }

    static String title(SplittableRandom random, String topic) {
        return capitalised(topic) + " " + words(random, 2) + ": " + words(random, 3) + " and " + words(random, 1);
    }

    /** About {@code length} characters of plain sentences mentioning the topic once. */
    static String summary(SplittableRandom random, String topic, int length) {
        StringBuilder text = new StringBuilder("This post about ").append(topic).append(" covers ");
        while (text.length() < length) {
            text.append(words(random, 6 + random.nextInt(6))).append(". ");
            text.append(capitalised(FILLER.get(random.nextInt(FILLER.size())))).append(' ');
        }
        return text.append("and more.").toString();
    }

    static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(FILLER.get(random.nextInt(FILLER.size())));
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

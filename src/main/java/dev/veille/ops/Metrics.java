package dev.veille.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.veille.poll.PollObserver;
import dev.veille.poll.PollOutcome;

/**
 * Veille's counters for Prometheus (and Telegraf's prometheus input): polls by result and their duration,
 * items stored, HTTP requests by route and status and their latency. Sources counts are read at scrape time.
 */
public final class Metrics implements PollObserver {

    /** Counts read from the database when scraped. */
    public record SourceCounts(int sources, int inError) {
    }

    private final Map<PollOutcome.Result, LongAdder> polls = new ConcurrentHashMap<>();
    private final Histogram pollDuration = new Histogram();
    private final LongAdder itemsStored = new LongAdder();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> requestDuration = new ConcurrentHashMap<>();

    @Override
    public void polled(PollOutcome outcome) {
        polls.computeIfAbsent(outcome.result(), r -> new LongAdder()).increment();
        pollDuration.observe(outcome.millis() / 1000.0);
        itemsStored.add(outcome.newItems());
    }

    /** One HTTP answer; {@code route} is the route's pattern ("/api/links/{id}"), never the raw path. */
    public void answered(String method, String route, int status, double seconds) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\"";
        requests.computeIfAbsent(labels + ",status=\"" + status + "\"", l -> new LongAdder()).increment();
        requestDuration.computeIfAbsent(labels, l -> new Histogram()).observe(seconds);
    }

    /** The Prometheus text exposition format, version 0.0.4. */
    public String render(SourceCounts counts) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP veille_polls_total Polls of sources, by result.\n# TYPE veille_polls_total counter\n");
        for (PollOutcome.Result result : PollOutcome.Result.values()) {
            LongAdder count = polls.get(result);
            out.append("veille_polls_total{result=\"").append(result.wireName()).append("\"} ")
                    .append(count == null ? 0 : count.sum()).append('\n');
        }
        out.append("# HELP veille_poll_duration_seconds Time to poll one source.\n")
                .append("# TYPE veille_poll_duration_seconds histogram\n");
        pollDuration.write(out, "veille_poll_duration_seconds", "");
        out.append("# HELP veille_items_stored_total New items stored by polls.\n")
                .append("# TYPE veille_items_stored_total counter\n")
                .append("veille_items_stored_total ").append(itemsStored.sum()).append('\n');
        out.append("# HELP veille_sources Sources watched.\n# TYPE veille_sources gauge\n")
                .append("veille_sources ").append(counts.sources()).append('\n');
        out.append("# HELP veille_sources_in_error Sources whose last poll failed, or gone.\n")
                .append("# TYPE veille_sources_in_error gauge\n")
                .append("veille_sources_in_error ").append(counts.inError()).append('\n');
        out.append("# HELP veille_http_requests_total HTTP answers, by method, route and status.\n")
                .append("# TYPE veille_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, count) ->
                out.append("veille_http_requests_total{").append(labels).append("} ").append(count.sum()).append('\n'));
        out.append("# HELP veille_http_request_duration_seconds Time to answer, by method and route.\n")
                .append("# TYPE veille_http_request_duration_seconds histogram\n");
        new TreeMap<>(requestDuration).forEach((labels, histogram) ->
                histogram.write(out, "veille_http_request_duration_seconds", labels));
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

package dev.veille.ops;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations in seconds: cumulative buckets, sum and count; safe for many writers. */
final class Histogram {

    static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final LongAdder[] buckets = new LongAdder[SECONDS.length];
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder count = new LongAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(double seconds) {
        for (int i = 0; i < SECONDS.length; i++) {
            if (seconds <= SECONDS[i]) {
                buckets[i].increment();
                break;
            }
        }
        sum.add(seconds);
        count.increment();
    }

    /** Appends the series of this histogram, {@code labels} being e.g. {@code method="GET",route="/api/items"}. */
    void write(StringBuilder out, String name, String labels) {
        String prefix = labels.isEmpty() ? "" : labels + ",";
        long cumulative = 0;
        for (int i = 0; i < SECONDS.length; i++) {
            cumulative += buckets[i].sum();
            out.append(name).append("_bucket{").append(prefix).append("le=\"").append(SECONDS[i]).append("\"} ")
                    .append(cumulative).append('\n');
        }
        long total = count.sum();
        out.append(name).append("_bucket{").append(prefix).append("le=\"+Inf\"} ").append(total).append('\n');
        String braces = labels.isEmpty() ? "" : "{" + labels + "}";
        out.append(name).append("_sum").append(braces).append(' ').append(sum.sum()).append('\n');
        out.append(name).append("_count").append(braces).append(' ').append(total).append('\n');
    }
}

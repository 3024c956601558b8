package dev.veille.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A closed-loop load on one route: a fixed number of clients, each sending its next request as soon as the
 * previous answer is read, for a given time, over keep-alive connections.
 */
interface ApiLoad {

    /** What one run of the load measured; {@code clientCpuNanos} is the CPU the load itself used. */
    record Run(int requests, int errors, double seconds, long p50Nanos, long p99Nanos, long clientCpuNanos) {
        double p50Millis() {
            return p50Nanos / 1e6;
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }

        double perSecond() {
            return requests / seconds;
        }
    }

    String name();

    Run run(String url, Duration length) throws Exception;

    /**
     * {@code wrk} when it is installed (Debian's package): a client in C costs the shared 2 cores ~10× less CPU
     * per request than the JDK's, CPU the server would otherwise lose. Else the JDK's client, so the benchmark
     * still needs nothing but a JDK. {@code bench.load=java} forces the latter.
     */
    static ApiLoad choose(String preference, int clients, String token) {
        if (!"java".equals(preference)) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "wrk"))) {
                    return new WrkLoad(Path.of(dir, "wrk"), clients, token);
                }
            }
            if ("wrk".equals(preference)) {
                throw new IllegalStateException("bench.load=wrk but no wrk on the PATH (apt-get install wrk)");
            }
        }
        return new JavaClientLoad(clients, token);
    }
}

package dev.veille.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load from {@code wrk}: 2 threads (one per core) holding {@code clients} connections. Its report gives the
 * count, the rate, the 50th and 99th percentiles, non-2xx answers and socket errors; a bash {@code times} after
 * it gives the CPU it used.
 */
final class WrkLoad implements ApiLoad {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([\\d.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    // bash's `times`: the shell's user and system time, then its children's, as 0m1.234s.
    private static final Pattern TIMES = Pattern.compile("^(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s$", Pattern.MULTILINE);

    private final Path wrk;
    private final int clients;
    private final String token;

    WrkLoad(Path wrk, int clients, String token) {
        this.wrk = wrk;
        this.clients = clients;
        this.token = token;
    }

    @Override
    public String name() {
        return "wrk";
    }

    @Override
    public Run run(String url, Duration length) throws IOException, InterruptedException {
        if (length.isZero()) {
            return new Run(0, 0, 0, 0, 0, 0);
        }
        String command = "\"$0\" -t2 -c\"$1\" -d\"$2\"s --latency --timeout 30s -H \"Authorization: Bearer $3\" \"$4\"; times";
        Process process = new ProcessBuilder(List.of("bash", "-c", command, wrk.toString(), Integer.toString(clients),
                Long.toString(length.toSeconds()), token, url)).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + report);
        }
        return parse(report);
    }

    static Run parse(String report) {
        Matcher requests = find(REQUESTS, report);
        long p50 = 0;
        long p99 = 0;
        Matcher percentile = PERCENTILE.matcher(report);
        while (percentile.find()) {
            long nanos = nanos(percentile.group(2), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                p50 = nanos;
            } else {
                p99 = nanos;
            }
        }
        int errors = 0;
        Matcher non2xx = NON_2XX.matcher(report);
        if (non2xx.find()) {
            errors += Integer.parseInt(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(report);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Integer.parseInt(socket.group(group));
            }
        }
        Matcher times = TIMES.matcher(report);
        times.find(); // the shell's own
        if (!times.find()) {
            throw new IllegalStateException("no CPU times after wrk's report: " + report);
        }
        long cpu = nanos(times.group(2), "s") + 60_000_000_000L * Long.parseLong(times.group(1))
                + nanos(times.group(4), "s") + 60_000_000_000L * Long.parseLong(times.group(3));
        return new Run(Integer.parseInt(requests.group(1)), errors,
                nanos(requests.group(2), requests.group(3)) / 1e9, p50, p99, cpu);
    }

    private static Matcher find(Pattern pattern, String report) {
        Matcher matcher = pattern.matcher(report);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk report: " + report);
        }
        return matcher;
    }

    private static long nanos(String value, String unit) {
        double number = Double.parseDouble(value);
        return Math.round(number * switch (unit) {
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> throw new IllegalStateException("unknown wrk unit " + unit);
        });
    }
}

package dev.veille.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load from the JDK's HTTP client, in this JVM: {@code clients} threads, each sending its next request as
 * soon as the previous answer is fully read. Every answer that is not a 200 with a body, and every failed
 * exchange, is an error. Latency is measured per request, from send to the last byte of the body.
 */
final class JavaClientLoad implements ApiLoad {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int clients;
    private final String token;

    JavaClientLoad(int clients, String token) {
        this.clients = clients;
        this.token = token;
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public Run run(String url, Duration length) throws InterruptedException {
        long cpuBefore = ownCpuNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int count = 0;
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() != 200 || answer.body().length == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = System.nanoTime() - sent;
                    }
                } finally {
                    latencies[client] = mine;
                    counts[client] = count;
                    done.countDown();
                }
            }, "api-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = Stats.seconds(System.nanoTime() - start);
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Run(total, errors.get(), seconds, Stats.percentile(all, 50), Stats.percentile(all, 99),
                ownCpuNanos() - cpuBefore);
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

package dev.veille.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Veille as an operator runs it: {@code java -Xmx… -XX:+UseSerialGC -jar veille.jar serve} in a process of its own, on a given
 * database, with its console in a log file. Measures the time from launch to the first 200 of /api/health and
 * reads the process's peak resident memory (VmHWM) from /proc.
 */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "bench-token";

    private final Process process;
    private final int port;
    private final double startupSeconds;

    private ServerProcess(Process process, int port, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.startupSeconds = startupSeconds;
    }

    static ServerProcess start(Path jar, String heap, List<String> jvmArgs, Path db, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark needs the packaged jar "
                    + "(run it with ./mvnw -B -Pbench verify)");
        }
        int port = freePort();
        // The collector the Docker image runs with (Dockerfile, ENTRYPOINT): the serial one, for a heap this small.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseSerialGC"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("VEILLE_"));
        builder.environment().put("VEILLE_DB", db.toAbsolutePath().toString());
        builder.environment().put("VEILLE_PORT", Integer.toString(port));
        builder.environment().put("VEILLE_TOKEN", TOKEN);
        builder.environment().put("VEILLE_DEFAULT_SOURCES", "false");
        builder.environment().put("VEILLE_ALLOW_PRIVATE_NETWORKS", "true");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("veille serve exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(process, port, Stats.seconds(System.nanoTime() - start));
                }
            } catch (IOException notYetListening) {
                // keep trying
            }
            Thread.sleep(5);
        }
        process.destroyForcibly();
        throw new IllegalStateException("veille serve did not answer /api/health within 60 s; see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    /** Peak resident memory so far, in MiB, from /proc/&lt;pid&gt;/status. */
    double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
    }

    /** CPU time the server has used so far (user + system), in milliseconds, from /proc/&lt;pid&gt;/stat. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // Fields after the command name (in parentheses, which may hold spaces): utime and stime are 14 and 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** SIGTERM, as an operator stops it, and waits for the clean shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

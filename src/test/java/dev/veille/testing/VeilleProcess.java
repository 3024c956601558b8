package dev.veille.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code veille.jar} system property, set by failsafe) run as a separate process, the way an
 * operator runs it: only the given {@code VEILLE_*} variables, its console read on a thread of its own.
 */
public final class VeilleProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Veille listening on http://localhost:(\\d+)/");

    private final Process process;
    private final String command;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private VeilleProcess(Process process, String command) {
        this.process = process;
        this.command = command;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("<console closed: " + e.getMessage() + ">");
            }
        }, "veille-process-console");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -jar veille.jar args...} in {@code dir} with exactly {@code env} as its VEILLE_ settings. */
    public static VeilleProcess start(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("VEILLE_"));
        builder.environment().putAll(env);
        try {
            return new VeilleProcess(builder.start(), String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end and returns its exit status; fails after {@code timeout}. */
    public static int run(Path dir, Map<String, String> env, Duration timeout, String... args) throws InterruptedException {
        try (VeilleProcess command = start(dir, env, args)) {
            return command.awaitExit(timeout);
        }
    }

    /** Waits for the process to end and returns its exit status; fails after {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("'" + command + "' did not end within " + timeout);
        }
        return process.exitValue();
    }

    /** Everything the ended process printed, each line followed by a line break. */
    public String output() throws InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("'" + command + "' is still running");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10)); // its last lines may still be on their way
        lines.drainTo(seen);
        StringBuilder output = new StringBuilder();
        seen.forEach(line -> output.append(line).append('\n'));
        return output.toString();
    }

    private static String jar() {
        String jar = System.getProperty("veille.jar");
        if (jar == null) {
            throw new IllegalStateException("the veille.jar system property is not set: run with failsafe after package");
        }
        return jar;
    }

    /** Waits for "Veille listening on http://localhost:PORT/" and returns the base URL. */
    public String awaitListening(Duration timeout) throws InterruptedException {
        Matcher listening = LISTENING.matcher(awaitLine(LISTENING, timeout));
        if (!listening.find()) {
            throw new AssertionError("unreachable");
        }
        return "http://localhost:" + listening.group(1);
    }

    public String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (pattern.matcher(line).find()) {
                    return line;
                }
            }
            if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no line matching " + pattern + " in " + seen);
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the process outlived SIGKILL");
        }
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

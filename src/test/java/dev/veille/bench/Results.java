package dev.veille.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one run, in the order measured: printed as they come, then as one line and as flat JSON. */
final class Results {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final PrintStream out;

    Results(PrintStream out) {
        this.out = out;
    }

    void put(String key, Object value, String what) {
        figures.put(key, value);
        out.printf("  %-22s %-12s %s%n", key, value, what);
    }

    /** A figure kept in the results without its own printed line (settings, counts). */
    void note(String key, Object value) {
        figures.put(key, value);
    }

    Map<String, Object> figures() {
        return Map.copyOf(figures);
    }

    String line() {
        StringJoiner line = new StringJoiner(" ", "bench: ", "");
        figures.forEach((key, value) -> line.add(key + "=" + value));
        return line.toString();
    }

    void write(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    }
}

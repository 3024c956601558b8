package dev.veille.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Where an exporting command writes its document: the file given with {@code -o}/{@code --output}, else stdout. */
record OutputFile(String path) {

    static final Set<String> FLAGS = Set.of("-o", "--output");

    static OutputFile of(Arguments args) {
        return new OutputFile(args.value("-o") != null ? args.value("-o") : args.value("--output"));
    }

    /** Prints the document, or writes it to the file and prints "{@code summary} to FILE". */
    void write(Console console, String document, String summary) throws IOException {
        if (path == null) {
            console.out().print(document);
        } else {
            Files.writeString(Path.of(path), document, StandardCharsets.UTF_8);
            console.out().println(summary + " to " + path);
        }
    }
}

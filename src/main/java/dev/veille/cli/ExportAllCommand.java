package dev.veille.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import dev.veille.App;
import dev.veille.ops.ExportDocument;

/** {@code export-all [-o FILE]}: every source, section, link and digest as one JSON document. */
final class ExportAllCommand implements Command {

    @Override
    public String name() {
        return "export-all";
    }

    @Override
    public String help() {
        return """
                export-all [-o FILE]        write every source, section, link and digest as JSON (stdout by default)
                """;
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("-o", "--output");
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: export-all [-o FILE]");
        }
        String output = args.value("-o") != null ? args.value("-o") : args.value("--output");
        try (App app = console.openApp()) {
            ExportDocument document = app.fullExport().export();
            String json = app.json().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
            if (output == null) {
                console.out().print(json);
            } else {
                Files.writeString(Path.of(output), json, StandardCharsets.UTF_8);
                console.out().printf("wrote %d source(s), %d link(s), %d digest(s) to %s%n", document.sources().size(),
                        document.links().size(), document.digests().size(), output);
            }
            return Cli.OK;
        }
    }
}

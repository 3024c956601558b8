package dev.veille.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import dev.veille.App;

/** {@code export-opml [-o FILE]}: writes every source as OPML 2.0, to stdout by default. */
final class ExportOpmlCommand implements Command {

    @Override
    public String name() {
        return "export-opml";
    }

    @Override
    public String help() {
        return """
                export-opml [-o FILE]       write every source as OPML 2.0 (stdout by default)
                """;
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("-o", "--output");
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: export-opml [-o FILE]");
        }
        String output = args.value("-o") != null ? args.value("-o") : args.value("--output");
        try (App app = console.openApp()) {
            String document = app.opml().write(app.sourceService().list());
            if (output == null) {
                console.out().print(document);
            } else {
                Files.writeString(Path.of(output), document, StandardCharsets.UTF_8);
                console.out().printf("wrote %d source(s) to %s%n", app.sourceService().list().size(), output);
            }
            return Cli.OK;
        }
    }
}

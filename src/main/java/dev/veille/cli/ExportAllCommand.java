package dev.veille.cli;

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
        return OutputFile.FLAGS;
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: export-all [-o FILE]");
        }
        try (App app = console.openApp()) {
            ExportDocument document = app.fullExport().export();
            OutputFile.of(args).write(console,
                    app.json().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n",
                    "wrote " + document.sources().size() + " source(s), " + document.links().size() + " link(s), "
                            + document.digests().size() + " digest(s)");
            return Cli.OK;
        }
    }
}

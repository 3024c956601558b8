package dev.veille.cli;

import java.util.List;
import java.util.Set;

import dev.veille.App;
import dev.veille.model.Source;

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
        return OutputFile.FLAGS;
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: export-opml [-o FILE]");
        }
        try (App app = console.openApp()) {
            List<Source> sources = app.sourceService().list();
            OutputFile.of(args).write(console, app.opml().write(sources), "wrote " + sources.size() + " source(s)");
            return Cli.OK;
        }
    }
}

package dev.veille.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.veille.App;
import dev.veille.model.InvalidInputException;
import dev.veille.sources.SourceImport;

/** {@code import-opml FILE}: adds every source of an OPML file, skipping (and listing) the ones it can't. */
final class ImportOpmlCommand implements Command {

    @Override
    public String name() {
        return "import-opml";
    }

    @Override
    public String help() {
        return """
                import-opml FILE            add the sources of an OPML file (folders become sections)
                  Sources already watched or invalid are skipped and listed; nothing is fetched until they poll.
                """;
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: import-opml FILE");
        }
        Path file = Path.of(args.positional().get(0));
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        try (App app = console.openApp()) {
            SourceImport.Report report = app.sourceImport().importOpml(document);
            report.skipped().forEach(line -> console.out().println("skipped " + line));
            console.out().printf("imported %d source(s), skipped %d%n", report.added().size(), report.skipped().size());
            return Cli.OK;
        } catch (InvalidInputException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}

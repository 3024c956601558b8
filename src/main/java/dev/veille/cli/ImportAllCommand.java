package dev.veille.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.veille.App;
import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.ops.ExportDocument;

/** {@code import-all FILE}: loads an {@code export-all} document into an empty database. */
final class ImportAllCommand implements Command {

    @Override
    public String name() {
        return "import-all";
    }

    @Override
    public String help() {
        return """
                import-all FILE             load an export-all document into an empty database (all or nothing)
                """;
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: import-all FILE");
        }
        Path file = Path.of(args.positional().get(0));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        try (App app = console.openApp()) {
            ExportDocument document;
            try {
                document = app.json().readValue(bytes, ExportDocument.class);
            } catch (JsonProcessingException e) {
                throw new UsageException(file + ": not a Veille export: " + e.getOriginalMessage());
            }
            app.fullExport().importInto(document);
            console.out().printf("imported %d source(s), %d link(s), %d digest(s)%n", document.sources().size(),
                    document.links().size(), document.digests().size());
            return Cli.OK;
        } catch (InvalidInputException | ConflictException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}

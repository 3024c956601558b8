package dev.veille.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

import dev.veille.App;
import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.publish.DigestImport;

/** {@code import-digest FILE [--month YYYY-MM]}: brings a past post in as its month's published digest. */
final class ImportDigestCommand implements Command {

    @Override
    public String name() {
        return "import-digest";
    }

    @Override
    public String help() {
        return """
                import-digest FILE [--month YYYY-MM]  import a past post (Markdown) as its month's published digest
                  The month comes from the post's date or title, or --month. Parts of the post that fit no
                  field are listed, never dropped silently.
                """;
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("--month");
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: import-digest FILE [--month YYYY-MM]");
        }
        Path file = Path.of(args.positional().get(0));
        String markdown;
        try {
            markdown = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        try (App app = console.openApp()) {
            DigestImport.Report report = app.digestImport().importPost(markdown, args.value("--month"));
            report.warnings().forEach(warning -> console.out().println("warning: " + warning));
            console.out().printf("imported %s: %d link(s), published%n", report.month(), report.links());
            return Cli.OK;
        } catch (InvalidInputException | ConflictException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}

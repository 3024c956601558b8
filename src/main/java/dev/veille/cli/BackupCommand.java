package dev.veille.cli;

import java.nio.file.Path;

import dev.veille.App;
import dev.veille.model.ConflictException;

/** {@code backup FILE}: a consistent copy of the database, safe while {@code serve} runs. */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String help() {
        return """
                backup FILE                 copy the database to FILE, consistently, even while serve runs
                  Restore by stopping Veille and putting FILE in place of the database (VEILLE_DB).
                """;
    }

    @Override
    public int run(Arguments args, Console console) {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: backup FILE");
        }
        Path file = Path.of(args.positional().get(0));
        try (App app = console.openApp()) {
            long bytes = app.backup().to(file);
            console.out().printf("backed up %s to %s (%d bytes)%n", app.config().db(), file, bytes);
            return Cli.OK;
        } catch (ConflictException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

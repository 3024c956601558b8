package dev.veille.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import dev.veille.App;
import dev.veille.model.Digest;
import dev.veille.model.InvalidInputException;
import dev.veille.publish.MarkdownWriter;

/** {@code export YYYY-MM [-o FILE]}: writes a month's post as Markdown, exactly as the API serves it. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String help() {
        return """
                export YYYY-MM [-o FILE]    write a month's post as Markdown (stdout by default)
                """;
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("-o", "--output");
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: export YYYY-MM [-o FILE]");
        }
        String output = args.value("-o") != null ? args.value("-o") : args.value("--output");
        try (App app = console.openApp()) {
            Digest digest = app.digestService().digest(args.positional().get(0));
            String markdown = new MarkdownWriter().write(digest);
            if (output == null) {
                console.out().print(markdown);
            } else {
                Files.writeString(Path.of(output), markdown, StandardCharsets.UTF_8);
                console.out().printf("wrote %s (%d link(s)) to %s%n", digest.month(),
                        digest.sections().stream().mapToInt(s -> s.links().size()).sum(), output);
            }
            return Cli.OK;
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

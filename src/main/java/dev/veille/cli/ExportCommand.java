package dev.veille.cli;

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
        return OutputFile.FLAGS;
    }

    @Override
    public int run(Arguments args, Console console) throws java.io.IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: export YYYY-MM [-o FILE]");
        }
        try (App app = console.openApp()) {
            Digest digest = app.digestService().digest(args.positional().get(0));
            int links = digest.sections().stream().mapToInt(s -> s.links().size()).sum();
            OutputFile.of(args).write(console, new MarkdownWriter().write(digest),
                    "wrote " + digest.month() + " (" + links + " link(s))");
            return Cli.OK;
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

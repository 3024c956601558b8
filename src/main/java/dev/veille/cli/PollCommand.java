package dev.veille.cli;

import java.util.List;
import java.util.Set;

import dev.veille.App;
import dev.veille.model.Source;
import dev.veille.poll.PollOutcome;

/** {@code poll [--all]}: polls due (or all) sources once, for cron; failed sources don't fail the run. */
final class PollCommand implements Command {

    @Override
    public String name() {
        return "poll";
    }

    @Override
    public String help() {
        return """
                poll [--all]                poll the sources that are due (or all with --all) once, then exit
                  Prints one line per source and a summary. Exits 0 even when sources failed (their errors
                  are stored and shown by 'sources list'); exits 1 only when the run itself could not work.
                """;
    }

    @Override
    public Set<String> switches() {
        return Set.of("--all");
    }

    @Override
    public int run(Arguments args, Console console) throws InterruptedException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("poll takes no arguments but --all (got '" + args.positional().get(0) + "')");
        }
        try (App app = console.openApp()) {
            List<Source> sources = args.has("--all")
                    ? app.sourceStore().findAll()
                    : app.sourceStore().findDue(app.clock().instant());
            List<PollOutcome> outcomes = app.pollRound().run(sources);
            int newItems = 0;
            int failed = 0;
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                PollOutcome outcome = outcomes.get(i);
                newItems += outcome.newItems();
                failed += outcome.result() == PollOutcome.Result.ERROR ? 1 : 0;
                console.out().printf("%-4d %-12s %3d new  %s%s%n", source.id(), outcome.result().wireName(),
                        outcome.newItems(), source.title(), outcome.error() == null ? "" : "  (" + outcome.error() + ")");
            }
            console.out().printf("polled %d source(s): %d new item(s), %d failed%n", sources.size(), newItems, failed);
            return Cli.OK;
        }
    }
}

package dev.veille.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.veille.App;
import dev.veille.model.InvalidInputException;
import dev.veille.model.Selectors;
import dev.veille.model.Source;
import dev.veille.sources.SourceRequest;

/** {@code sources list | add | remove}: manages watched sources from the shell. */
final class SourcesCommand implements Command {

    // Splits "item=li.release,link=a" on the commas that start a new key, so selectors may hold commas.
    private static final Pattern SELECTOR_SEPARATOR = Pattern.compile(",(?=\\s*(?:item|title|link|date|summary)=)");
    private static final Set<String> SELECTOR_KEYS = Set.of("item", "title", "link", "date", "summary");

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String help() {
        return """
                sources list|add|remove     list, add or remove watched sources
                  sources list
                  sources add feed URL        a feed, or a site whose page announces one
                  sources add github OWNER/REPO [--include-prereleases]
                  sources add page URL --selector item=CSS,link=CSS[,title=CSS,date=CSS,summary=CSS]
                  sources remove ID
                  Options of add: --section NAME, --title TEXT, --interval MINUTES (at least 15)
                """;
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("--section", "--title", "--interval", "--selector");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--include-prereleases");
    }

    @Override
    public int run(Arguments args, Console console) {
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw new UsageException("sources needs list, add or remove");
        }
        return switch (words.get(0)) {
            case "list" -> list(words, console);
            case "add" -> add(words, args, console);
            case "remove" -> remove(words, console);
            default -> throw new UsageException("unknown sources action '" + words.get(0) + "' (list, add, remove)");
        };
    }

    private int list(List<String> words, Console console) {
        expectWords(words, 1, "sources list");
        try (App app = console.openApp()) {
            List<Source> sources = app.sourceService().list();
            for (Source s : sources) {
                String health = s.gone() ? "gone" : s.errorCount() > 0 ? s.errorCount() + " error(s)" : "ok";
                console.out().printf("%-4d %-6s %-24s %-60s %s%s%n", s.id(), s.kind().wireName(),
                        s.section() == null ? "-" : s.section(), s.url(), health,
                        s.lastError() == null ? "" : "  (" + s.lastError() + ")");
            }
            console.out().printf("%d source(s)%n", sources.size());
            return Cli.OK;
        }
    }

    private int add(List<String> words, Arguments args, Console console) {
        expectWords(words, 3, "sources add KIND URL_OR_REPO");
        String kind = words.get(1);
        String target = words.get(2);
        boolean github = kind.equals("github");
        SourceRequest request = new SourceRequest(kind, github ? null : target, github ? target : null,
                args.value("--title"), args.value("--section"), interval(args.value("--interval")),
                args.has("--include-prereleases"), selectors(args.values("--selector")));
        try (App app = console.openApp()) {
            Source source = app.sourceService().add(request);
            console.out().printf("added source %d: %s (%s)%n", source.id(), source.title(), source.url());
            return Cli.OK;
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int remove(List<String> words, Console console) {
        expectWords(words, 2, "sources remove ID");
        long id;
        try {
            id = Long.parseLong(words.get(1));
        } catch (NumberFormatException e) {
            throw new UsageException("ID must be a number (got '" + words.get(1) + "')");
        }
        try (App app = console.openApp()) {
            Source source = app.sourceService().get(id);
            app.sourceService().delete(id);
            console.out().printf("removed source %d: %s%n", id, source.title());
            return Cli.OK;
        } catch (dev.veille.model.NotFoundException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void expectWords(List<String> words, int count, String usage) {
        if (words.size() != count) {
            throw new UsageException("usage: " + usage);
        }
    }

    private static Integer interval(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--interval must be a number of minutes (got '" + value + "')");
        }
    }

    static Selectors selectors(List<String> specs) {
        if (specs.isEmpty()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (String spec : specs) {
            for (String pair : SELECTOR_SEPARATOR.split(spec)) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair.trim() : pair.substring(0, equals).trim();
                if (equals < 0 || !SELECTOR_KEYS.contains(key)) {
                    throw new UsageException("--selector takes key=CSS pairs with keys item, title, link, date, "
                            + "summary (got '" + pair.trim() + "')");
                }
                values.put(key, pair.substring(equals + 1).trim());
            }
        }
        return new Selectors(values.get("item"), values.get("title"), values.get("link"), values.get("date"),
                values.get("summary"));
    }
}

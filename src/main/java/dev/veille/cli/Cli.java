package dev.veille.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.veille.App;
import dev.veille.config.Config;
import dev.veille.config.ConfigException;

/**
 * Veille's command line: picks the command, reads the settings (flags win over environment), runs it, and
 * turns every failure into one line and an exit status: 0 done, 1 the run could not work, 2 wrong usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
        for (Command command : new Command[] {
                new ServeCommand(), new PollCommand(), new SourcesCommand(),
                new ImportOpmlCommand(), new ExportOpmlCommand(), new ExportCommand(),
                new ImportDigestCommand()}) {
            commands.put(command.name(), command);
        }
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.println("veille: a command is needed; run 'veille --help' for the list");
            return USAGE;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(overview());
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("veille: unknown command '" + args[0] + "'; run 'veille --help' for the list");
            return USAGE;
        }
        try {
            Set<String> valueFlags = new HashSet<>(command.valueFlags());
            for (Config.Setting setting : Config.Setting.values()) {
                valueFlags.add(setting.flag);
            }
            Set<String> switches = new HashSet<>(command.switches());
            switches.add("--help");
            switches.add("-h");
            Arguments arguments = Arguments.parse(Arrays.copyOfRange(args, 1, args.length), valueFlags, switches);
            if (arguments.has("--help") || arguments.has("-h")) {
                out.print(command.help());
                out.print(settingsHelp());
                return OK;
            }
            Config config = Config.load(settingFlags(arguments), env);
            return command.run(arguments, new Console(out, err, config, c -> App.open(c, clock, out)));
        } catch (UsageException | ConfigException e) {
            err.println("veille " + command.name() + ": " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("veille " + command.name() + ": " + describe(e));
            return FAILED;
        }
    }

    private static Map<String, String> settingFlags(Arguments arguments) {
        Map<String, String> settings = new HashMap<>();
        for (Config.Setting setting : Config.Setting.values()) {
            if (arguments.has(setting.flag)) {
                settings.put(setting.flag, arguments.value(setting.flag));
            }
        }
        return settings;
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Veille: a self-hosted tech watch. Fetches feeds, GitHub releases and release pages into SQLite.

                Usage: java -jar veille.jar COMMAND [options]

                Commands:
                """);
        for (Command command : commands.values()) {
            text.append("  ").append(command.help().lines().findFirst().orElse(command.name())).append('\n');
        }
        text.append("\nRun 'veille COMMAND --help' for a command's options.\n");
        text.append(settingsHelp());
        return text.toString();
    }

    private static String settingsHelp() {
        StringBuilder text = new StringBuilder("\nSettings (flag, or environment variable; the flag wins):\n");
        for (Config.Setting setting : Config.Setting.values()) {
            text.append(String.format("  %-20s %-26s default: %s%n", setting.flag, setting.variable,
                    setting.defaultValue == null ? "(none)" : setting.defaultValue));
        }
        return text.toString();
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return root == e || root.getMessage() == null ? message : message + " (" + root.getMessage() + ")";
    }
}

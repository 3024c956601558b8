package dev.veille.cli;

import java.util.Set;

/** One CLI command: its name, its help text, the flags it accepts, and what it does. */
interface Command {

    String name();

    /** The full {@code --help} text, starting with the usage line. */
    String help();

    default Set<String> valueFlags() {
        return Set.of();
    }

    default Set<String> switches() {
        return Set.of();
    }

    /** Runs the command; returns the process exit status. */
    int run(Arguments args, Console console) throws Exception;
}

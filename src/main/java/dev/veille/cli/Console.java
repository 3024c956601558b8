package dev.veille.cli;

import java.io.PrintStream;
import java.util.function.Function;

import dev.veille.App;
import dev.veille.config.Config;

/** What a command talks to: its output streams and a way to open Veille with the command line's settings. */
record Console(PrintStream out, PrintStream err, Config config, Function<Config, App> opener) {

    App openApp() {
        return opener.apply(config);
    }
}

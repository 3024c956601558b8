package dev.veille;

import java.time.Clock;

import dev.veille.cli.Cli;

/** Entry point of {@code java -jar veille.jar}: runs the command line and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = new Cli(System.out, System.err, System.getenv(), Clock.systemUTC()).run(args);
        if (status != Cli.OK || args.length == 0 || !args[0].equals("serve")) {
            System.exit(status);
        }
    }
}

package dev.veille.cli;

import java.util.concurrent.CountDownLatch;

import dev.veille.App;

/** {@code serve}: runs the API, the editor and the polling scheduler until the process is stopped. */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String help() {
        return """
                serve                       start the web server and the polling scheduler
                  Stops cleanly on SIGTERM or Ctrl-C: polls in flight finish, then the database is closed.
                """;
    }

    @Override
    public int run(Arguments args, Console console) throws InterruptedException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("serve takes no arguments (got '" + args.positional().get(0) + "')");
        }
        App app = console.openApp();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "veille-shutdown"));
        int port = app.startServer().port();
        app.startScheduler(App.SCHEDULER_TICK);
        console.out().println("Veille listening on http://localhost:" + port + "/ (database "
                + app.config().db().toAbsolutePath().normalize() + ")");
        stopped.await();
        return Cli.OK;
    }
}

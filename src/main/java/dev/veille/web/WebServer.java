package dev.veille.web;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.veille.poll.SourcePoller;
import dev.veille.sources.SourceService;
import dev.veille.store.ItemStore;
import dev.veille.store.SourceStore;

/** Builds Veille's HTTP server around its dependencies: the JSON API under /api and the editor's static files. */
public final class WebServer {

    /** What the routes need; built by the composition root. */
    public record Dependencies(String apiToken, SourceService sourceService, SourcePoller poller,
                               SourceStore sourceStore, ItemStore itemStore, BooleanSupplier schedulerAlive,
                               Path webDir) {
    }

    private WebServer() {
    }

    /** A configured, not yet started server. */
    public static Javalin create(Dependencies deps) {
        Json json = new Json();
        BearerAuth auth = new BearerAuth(deps.apiToken());
        HealthApi health = new HealthApi(deps.sourceStore(), deps.schedulerAlive());
        SourceApi sources = new SourceApi(deps.sourceService(), deps.poller(), json);
        ItemApi items = new ItemApi(deps.itemStore(), json);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json.mapper(), false));
            if (deps.webDir() != null) {
                // Development: pages are read from disk, so an edit needs no rebuild.
                config.staticFiles.add(deps.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
            } else {
                config.staticFiles.add("/web", Location.CLASSPATH);
            }
            ApiErrors.register(config.routes);
            config.routes.before("/api/*", auth::check);
            config.routes.after(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
            });
            config.routes.apiBuilder(() -> path("/api", () -> {
                get("/health", health::get);
                path("/sources", () -> {
                    get(sources::list);
                    post(sources::create);
                    path("/{id}", () -> {
                        get(sources::get);
                        patch(sources::update);
                        delete(sources::delete);
                        post("/poll", sources::poll);
                    });
                });
                path("/items", () -> {
                    get(items::list);
                    path("/{id}", () -> {
                        get(items::get);
                        patch(items::update);
                    });
                });
            }));
        });
    }
}

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

import dev.veille.auth.CuratorPassword;
import dev.veille.auth.LoginThrottle;
import dev.veille.auth.Sessions;
import dev.veille.curate.LinkService;
import dev.veille.curate.PageInfoReader;
import dev.veille.curate.SectionGuesser;
import dev.veille.curate.SectionService;
import dev.veille.ops.Backup;
import dev.veille.ops.FullExport;
import dev.veille.ops.Metrics;
import dev.veille.poll.SourcePoller;
import dev.veille.publish.DigestImport;
import dev.veille.publish.DigestService;
import dev.veille.publish.MarkdownWriter;
import dev.veille.publish.RollupService;
import dev.veille.sources.SourceService;
import dev.veille.store.DatabaseRevision;
import dev.veille.store.ItemStore;
import dev.veille.store.LinkStore;
import dev.veille.store.SourceStore;

/** Builds Veille's HTTP server around its dependencies: the JSON API under /api, login, and the editor's files. */
public final class WebServer {

    /** What the routes need; built by the composition root. */
    public record Dependencies(String apiToken, CuratorPassword password, Sessions sessions, LoginThrottle throttle,
                               SourceService sourceService, SourcePoller poller, SourceStore sourceStore,
                               ItemStore itemStore, LinkStore linkStore, SectionService sectionService,
                               LinkService linkService, SectionGuesser sectionGuesser, PageInfoReader pageInfo,
                               DigestService digestService,
                               RollupService rollupService, DigestImport digestImport, Metrics metrics, Backup backup,
                               FullExport fullExport, DatabaseRevision revision,
                               BooleanSupplier schedulerAlive, Path webDir) {
    }

    private static final String STARTED = "veille.started";

    private WebServer() {
    }

    // Labelled by the route's pattern, not the raw path, so ids and typos don't multiply the series.
    private static void recordAnswer(Metrics metrics, io.javalin.http.Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        io.javalin.router.Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint != null ? endpoint.path : ctx.path().startsWith("/api/") ? "unmatched" : "static";
        metrics.answered(ctx.method().name(), route, ctx.statusCode(), (System.nanoTime() - started) / 1e9);
    }

    /** A configured, not yet started server. */
    public static Javalin create(Dependencies deps) {
        Json json = new Json();
        AccessControl access = new AccessControl(new BearerAuth(deps.apiToken()), deps.sessions());
        LoginPages login = new LoginPages(deps.password(), deps.sessions(), deps.throttle(), new WebFiles(deps.webDir()));
        HealthApi health = new HealthApi(deps.sourceStore(), deps.schedulerAlive());
        SourceApi sources = new SourceApi(deps.sourceService(), deps.poller(), json);
        ResponseCache cache = new ResponseCache(deps.revision(), json);
        ItemViews views = new ItemViews(deps.sectionGuesser(), deps.linkService());
        ItemApi items = new ItemApi(deps.itemStore(), deps.linkService(), views, json, cache);
        SectionApi sections = new SectionApi(deps.sectionService(), json);
        LinkApi links = new LinkApi(deps.linkService(), json, cache);
        SearchApi search = new SearchApi(deps.itemStore(), deps.linkStore(), views, cache);
        PageApi pages = new PageApi(deps.pageInfo(), new MarkdownHtml(), json);
        DigestApi digests = new DigestApi(deps.digestService(), deps.rollupService(), deps.digestImport(),
                new MarkdownWriter(), json, cache);

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
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            config.routes.before(access::check);
            config.routes.after(ctx -> recordAnswer(deps.metrics(), ctx));
            config.routes.apiBuilder(() -> {
                get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(
                        deps.metrics().render(new Metrics.SourceCounts(deps.sourceStore().count(),
                                deps.sourceStore().countInError()))));
                get("/login", login::loginPage);
                post("/login", login::login);
                get("/setup", login::setupPage);
                post("/setup", login::setup);
                post("/logout", login::logout);
                path("/api", () -> {
                    get("/health", health::get);
                    get("/session", login::session);
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
                            post("/keep", items::keep);
                        });
                    });
                    path("/sections", () -> {
                        get(sections::list);
                        post(sections::create);
                        path("/{id}", () -> {
                            patch(sections::update);
                            delete(sections::delete);
                        });
                    });
                    path("/links", () -> {
                        get(links::list);
                        post(links::create);
                        path("/{id}", () -> {
                            get(links::get);
                            patch(links::update);
                            delete(links::delete);
                        });
                    });
                    path("/digests", () -> {
                        get(digests::list);
                        post("/import", digests::importPost);
                        path("/{month}", () -> {
                            get(digests::get);
                            patch(digests::update);
                            get("/markdown", digests::markdown);
                            post("/rollups/apply", digests::applyRollup);
                            post("/publish", digests::publish);
                            post("/unpublish", digests::unpublish);
                        });
                    });
                    post("/backup", new BackupApi(deps.backup())::download);
                    get("/export", ctx -> ctx.json(deps.fullExport().export()));
                    get("/tags", links::tags);
                    get("/months", links::months);
                    get("/search", search::search);
                    get("/page-info", pages::pageInfo);
                    post("/render", pages::render);
                });
            });
        });
    }
}

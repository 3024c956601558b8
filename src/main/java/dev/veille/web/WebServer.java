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
import dev.veille.curate.SectionService;
import dev.veille.poll.SourcePoller;
import dev.veille.publish.DigestImport;
import dev.veille.publish.DigestService;
import dev.veille.publish.MarkdownWriter;
import dev.veille.sources.SourceService;
import dev.veille.store.ItemStore;
import dev.veille.store.LinkStore;
import dev.veille.store.SourceStore;

/** Builds Veille's HTTP server around its dependencies: the JSON API under /api, login, and the editor's files. */
public final class WebServer {

    /** What the routes need; built by the composition root. */
    public record Dependencies(String apiToken, CuratorPassword password, Sessions sessions, LoginThrottle throttle,
                               SourceService sourceService, SourcePoller poller, SourceStore sourceStore,
                               ItemStore itemStore, LinkStore linkStore, SectionService sectionService,
                               LinkService linkService, PageInfoReader pageInfo, DigestService digestService,
                               DigestImport digestImport,
                               BooleanSupplier schedulerAlive, Path webDir) {
    }

    private WebServer() {
    }

    /** A configured, not yet started server. */
    public static Javalin create(Dependencies deps) {
        Json json = new Json();
        AccessControl access = new AccessControl(new BearerAuth(deps.apiToken()), deps.sessions());
        LoginPages login = new LoginPages(deps.password(), deps.sessions(), deps.throttle(), new WebFiles(deps.webDir()));
        HealthApi health = new HealthApi(deps.sourceStore(), deps.schedulerAlive());
        SourceApi sources = new SourceApi(deps.sourceService(), deps.poller(), json);
        ItemApi items = new ItemApi(deps.itemStore(), deps.linkService(), json);
        SectionApi sections = new SectionApi(deps.sectionService(), json);
        LinkApi links = new LinkApi(deps.linkService(), json);
        SearchApi search = new SearchApi(deps.itemStore(), deps.linkStore());
        PageApi pages = new PageApi(deps.pageInfo(), new MarkdownHtml(), json);
        DigestApi digests = new DigestApi(deps.digestService(), deps.digestImport(), new MarkdownWriter(),
                json);

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
            config.routes.before(access::check);
            config.routes.apiBuilder(() -> {
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
                            post("/publish", digests::publish);
                            post("/unpublish", digests::unpublish);
                        });
                    });
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

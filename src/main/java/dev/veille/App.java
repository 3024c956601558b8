package dev.veille;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import dev.veille.auth.CuratorPassword;
import dev.veille.auth.LoginThrottle;
import dev.veille.auth.PasswordHasher;
import dev.veille.auth.Sessions;
import dev.veille.config.Config;
import dev.veille.curate.LinkService;
import dev.veille.curate.MonthFreeze;
import dev.veille.curate.PageInfoReader;
import dev.veille.curate.SectionGuesser;
import dev.veille.curate.SectionService;
import dev.veille.curate.TagSuggester;
import dev.veille.curate.TagVocabulary;
import dev.veille.fetch.FetchLimits;
import dev.veille.fetch.Fetcher;
import dev.veille.parse.FeedDiscovery;
import dev.veille.parse.FeedParser;
import dev.veille.parse.PageParser;
import dev.veille.ops.Backup;
import dev.veille.ops.FullExport;
import dev.veille.ops.Metrics;
import dev.veille.poll.BackoffPolicy;
import dev.veille.poll.PollRound;
import dev.veille.poll.Scheduler;
import dev.veille.poll.SourcePoller;
import dev.veille.process.ItemProcessor;
import dev.veille.publish.DigestImport;
import dev.veille.publish.DigestMarkdownReader;
import dev.veille.publish.DigestService;
import dev.veille.publish.RollupService;
import dev.veille.sources.FeedLocator;
import dev.veille.sources.Opml;
import dev.veille.sources.SourceImport;
import dev.veille.sources.SourceService;
import dev.veille.store.BackupStore;
import dev.veille.store.Db;
import dev.veille.store.DigestImportStore;
import dev.veille.store.DigestStore;
import dev.veille.store.FullImportStore;
import dev.veille.store.GuessStore;
import dev.veille.store.ItemStore;
import dev.veille.store.LinkStore;
import dev.veille.store.RollupStore;
import dev.veille.store.SectionStore;
import dev.veille.store.SessionStore;
import dev.veille.store.PollStore;
import dev.veille.store.SettingStore;
import dev.veille.store.SourceStore;
import dev.veille.web.ApiToken;
import dev.veille.web.Json;
import dev.veille.web.WebServer;

/**
 * The composition root: builds every part of Veille from a {@link Config} with constructors (no statics), and
 * starts the server and the scheduler on demand. Closing it stops both, letting polls in flight finish.
 */
public final class App implements AutoCloseable {

    /** How often the scheduler looks for due sources. */
    public static final Duration SCHEDULER_TICK = Duration.ofSeconds(30);

    private final Config config;
    private final Clock clock;
    private final Db db;
    private final PrintStream console;
    private final SourceStore sourceStore;
    private final ItemStore itemStore;
    private final SettingStore settingStore;
    private final SourcePoller poller;
    private final Metrics metrics;
    private final Backup backup;
    private final FullExport fullExport;
    private final ObjectMapper json = new Json().mapper();
    private final SourceService sourceService;
    private final SourceImport sourceImport;
    private final Opml opml;
    private final LinkStore linkStore;
    private final SectionService sectionService;
    private final SectionGuesser sectionGuesser;
    private final LinkService linkService;
    private final PageInfoReader pageInfo;
    private final DigestService digestService;
    private final RollupService rollupService;
    private final DigestImport digestImport;
    private final CuratorPassword password;
    private final Sessions sessions;
    private Scheduler scheduler;
    private Javalin server;

    private App(Config config, Clock clock, PrintStream console) {
        this.config = config;
        this.clock = clock;
        this.console = console;
        this.db = Db.open(config.db());
        this.sourceStore = db.jdbi().onDemand(SourceStore.class);
        this.itemStore = db.jdbi().onDemand(ItemStore.class);
        this.settingStore = db.jdbi().onDemand(SettingStore.class);
        Fetcher fetcher = new Fetcher(FetchLimits.defaults()
                .withResponseTimeout(Duration.ofSeconds(config.fetchTimeoutSeconds()))
                .withMaxBodyBytes(config.maxBodyMegabytes() * 1024L * 1024L)
                .withAllowPrivateNetworks(config.allowPrivateNetworks()), clock);
        FeedParser feedParser = new FeedParser();
        this.metrics = new Metrics();
        this.backup = new Backup(db.jdbi().onDemand(BackupStore.class));
        this.poller = new SourcePoller(fetcher, feedParser, new PageParser(), new ItemProcessor(),
                new PollStore(db.jdbi()), new BackoffPolicy(), metrics, clock);
        this.sourceService = new SourceService(sourceStore,
                new FeedLocator(fetcher, feedParser, new FeedDiscovery()), config.githubUrl(), clock);
        this.opml = new Opml();
        this.sourceImport = new SourceImport(sourceService, opml);
        this.linkStore = db.jdbi().onDemand(LinkStore.class);
        this.sectionService = new SectionService(db.jdbi().onDemand(SectionStore.class));
        this.sectionGuesser = new SectionGuesser(db.jdbi().onDemand(GuessStore.class),
                db.jdbi().onDemand(SectionStore.class));
        this.pageInfo = new PageInfoReader(fetcher);
        DigestStore digestStore = db.jdbi().onDemand(DigestStore.class);
        MonthFreeze freeze = new MonthFreeze(digestStore);
        this.linkService = new LinkService(linkStore, itemStore, sectionGuesser, sectionService,
                new TagSuggester(TagVocabulary.defaults()), pageInfo, freeze, clock);
        this.digestService = new DigestService(digestStore, linkStore, db.jdbi().onDemand(SectionStore.class), freeze,
                config.titleTemplate(), clock);
        this.rollupService = new RollupService(db.jdbi().onDemand(RollupStore.class), freeze, clock);
        this.fullExport = new FullExport(db.jdbi().onDemand(SectionStore.class), sourceStore, linkStore, digestStore,
                db.jdbi().onDemand(FullImportStore.class), clock);
        this.digestImport = new DigestImport(new DigestMarkdownReader(), db.jdbi().onDemand(DigestImportStore.class),
                digestStore, linkStore, new TagSuggester(), clock);
        PasswordHasher hasher = new PasswordHasher();
        this.password = new CuratorPassword(settingStore, hasher);
        this.sessions = new Sessions(db.jdbi().onDemand(SessionStore.class), hasher, clock);
    }

    /** Opens the database (migrating it) and loads the default sources into an empty one when configured. */
    public static App open(Config config, Clock clock, PrintStream console) {
        App app = new App(config, clock, console);
        if (config.password() != null) {
            app.password.configure(config.password());
        }
        if (config.defaultSources()) {
            app.sourceImport.loadDefaultsIfEmpty();
        }
        return app;
    }

    /** Starts the HTTP server on the configured port (0 picks a free one) and returns it. */
    public Javalin startServer() {
        String token = ApiToken.resolve(config.token(), settingStore, console);
        server = WebServer.create(new WebServer.Dependencies(token, password, sessions, new LoginThrottle(clock),
                sourceService, poller, sourceStore, itemStore, linkStore, sectionService, linkService, sectionGuesser, pageInfo,
                digestService, rollupService, digestImport, metrics, backup, fullExport, db.revision(), () -> scheduler != null && scheduler.isAlive(), config.webDir()));
        server.start(config.port());
        password.setupToken().ifPresent(setup -> {
            console.println("No password is set yet. Choose the curator's password at:");
            console.println("  http://localhost:" + server.port() + "/setup?token=" + setup);
        });
        return server;
    }

    public Scheduler startScheduler(Duration tick) {
        scheduler = new Scheduler(sourceStore, poller, config.pollConcurrency(), tick, clock);
        scheduler.start();
        return scheduler;
    }

    public SourcePoller poller() {
        return poller;
    }

    public PollRound pollRound() {
        return new PollRound(poller, config.pollConcurrency());
    }

    public Config config() {
        return config;
    }

    public SourceStore sourceStore() {
        return sourceStore;
    }

    public ItemStore itemStore() {
        return itemStore;
    }

    public SourceService sourceService() {
        return sourceService;
    }

    public SourceImport sourceImport() {
        return sourceImport;
    }

    public DigestService digestService() {
        return digestService;
    }

    public DigestImport digestImport() {
        return digestImport;
    }

    public FullExport fullExport() {
        return fullExport;
    }

    /** The JSON settings of the API, for commands that read or write the same documents. */
    public ObjectMapper json() {
        return json;
    }

    public Backup backup() {
        return backup;
    }

    public Opml opml() {
        return opml;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        db.close(); // last: the server and the polls in flight are done with it
    }
}

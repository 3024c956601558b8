package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.model.ItemPage;
import dev.veille.model.ItemQuery;
import dev.veille.model.ItemStatus;
import dev.veille.model.LinkFields;
import dev.veille.model.NewItem;
import dev.veille.model.NewSource;
import dev.veille.model.SourceKind;

/**
 * The queries behind the inbox, search, a month's links and the scheduler read their tables through an index:
 * every SELECT the stores run here is explained ({@code EXPLAIN QUERY PLAN}, with its real bindings) as it
 * runs, and a plan that scans a large table row by row fails. SQLite plans without statistics, so a small
 * database gets the plans a large one would.
 */
class QueryPlansIT {

    // Tables that stay small: reading them whole is their cheapest plan.
    private static final Set<String> SMALL_TABLES = Set.of("sections", "s", "digests", "d", "json_each");
    private static final Pattern FULL_SCAN = Pattern.compile("^SCAN (\\w++)(?! USING| VIRTUAL TABLE)");
    private static final Instant START = Instant.parse("2019-10-01T00:00:00Z");

    @TempDir
    Path dir;

    private Db db;
    private final List<String> explained = new ArrayList<>();
    private long source;

    @BeforeEach
    void fill() {
        db = Db.open(dir.resolve("veille.db"));
        source = db.jdbi().onDemand(SourceStore.class).insert(new NewSource(SourceKind.FEED,
                "https://blog.example/feed.xml", null, "Blog", null, 60, false, null), START).id();
        List<NewItem> batch = new ArrayList<>();
        for (int i = 0; i < ItemStore.MANY_MATCHES + 50; i++) {
            String title = (i % 2 == 0 ? "Kubernetes " : "Kafka ") + i;
            batch.add(new NewItem("g" + i, "https://blog.example/" + i, "blog.example/" + i, title, "",
                    START.plusSeconds(60L * i), List.of(), null, false));
        }
        PollStore polls = new PollStore(db.jdbi());
        polls.saveSuccess(source, new PollStore.SuccessfulFetch("https://blog.example/feed.xml", null, null, 200),
                PollStore.ItemRows.of(batch), START, START);
        polls.indexNewItems();
        long cloud = db.jdbi().onDemand(SectionStore.class).findByName("Cloud").orElseThrow().id();
        LinkStore links = db.jdbi().onDemand(LinkStore.class);
        for (int i = 0; i < 20; i++) {
            links.insert(new LinkFields("https://blog.example/" + i, "blog.example/" + i, "Kubernetes " + i, "",
                    cloud, List.of("kubernetes"), "2019-10", List.of(), null, null, null), START);
        }
        db.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext ctx) {
                explain(ctx);
            }
        });
    }

    @Test
    void theInboxAndItsNextPagesWalkTheDateIndex() {
        ItemStore items = db.jdbi().onDemand(ItemStore.class);
        ItemPage first = items.list(new ItemQuery(ItemStatus.NEW, null, null, null, 50, null));
        items.list(new ItemQuery(ItemStatus.NEW, null, null, null, 50, first.next()));
        items.list(new ItemQuery(null, source, null, null, 50, null));
        items.list(new ItemQuery(null, null, "Cloud", null, 50, null));
        assertPlans(plan -> assertTrue(plan.contains("USING INDEX items_published")
                || plan.contains("USING INDEX items_source_published") || !plan.contains("items"), plan), 4);
    }

    @Test
    void searchesWithManyOrFewMatchesUseTheSearchIndex() {
        ItemStore items = db.jdbi().onDemand(ItemStore.class);
        items.search("kubernetes", 50); // more than MANY_MATCHES: walks the date index
        items.search("kafka 7", 50);    // one match: looks it up
        db.jdbi().onDemand(LinkStore.class).search("kubernetes", 50);
        assertPlans(plan -> { }, 3);
        assertTrue(String.join("\n", explained).contains("items_fts VIRTUAL TABLE"), String.join("\n", explained));
    }

    @Test
    void aMonthsLinksTheDigestAndTheDueSourcesAreLookedUp() {
        db.jdbi().onDemand(LinkStore.class).list("2019-10", null, null);
        DigestStore digests = db.jdbi().onDemand(DigestStore.class);
        digests.publishedBefore("2019-10");
        digests.releaseLinks("2019-10");
        db.jdbi().onDemand(SourceStore.class).findDue(START);
        assertPlans(plan -> { }, 4);
        String all = String.join("\n", explained);
        assertTrue(all.contains("USING INDEX links_month_section_position (month=?)"), all);
        assertTrue(all.contains("USING INDEX sources_due"), all);
    }

    /** At least {@code statements} were explained, none reads a large table row by row, each passes {@code check}. */
    private void assertPlans(Consumer<String> check, int statements) {
        assertTrue(explained.size() >= statements, explained.size() + " statements explained: " + explained);
        for (String plan : explained) {
            for (String line : plan.split("\n")) {
                Matcher scan = FULL_SCAN.matcher(line.strip());
                assertTrue(!scan.find() || SMALL_TABLES.contains(scan.group(1)), "a full scan in:\n" + plan);
            }
            check.accept(plan);
        }
    }

    private void explain(StatementContext ctx) {
        String sql = ctx.getParsedSql().getSql();
        if (!sql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT")) {
            return;
        }
        try (PreparedStatement statement = ctx.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            List<String> names = ctx.getParsedSql().getParameters().getParameterNames();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Argument argument = ctx.getParsedSql().getParameters().isPositional()
                        ? ctx.getBinding().findForPosition(i).orElseThrow()
                        : ctx.getBinding().findForName(name, ctx).orElseThrow();
                argument.apply(i + 1, statement, ctx);
            }
            StringBuilder plan = new StringBuilder(sql.strip()).append('\n');
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append("  ").append(rows.getString("detail")).append('\n');
                }
            }
            explained.add(plan.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain " + sql, e);
        }
    }

}

package dev.veille.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import dev.veille.model.Item;
import dev.veille.model.ItemPage;
import dev.veille.model.ItemQuery;
import dev.veille.model.ItemStatus;

/** Items read from sources: dedupe on insert, newest-first pages, full-text search, triage status. */
@RegisterRowMapper(ItemRowMapper.class)
public interface ItemStore extends SqlObject {

    @SqlQuery("SELECT * FROM items WHERE id = :id")
    Optional<Item> findById(@Bind("id") long id);

    @SqlUpdate("UPDATE items SET status = :status WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") String status);

    default int updateStatus(long id, ItemStatus status) {
        return updateStatus(id, status.wireName());
    }

    @SqlQuery("SELECT count(*) FROM items WHERE source_id = :sourceId")
    int countBySource(@Bind("sourceId") long sourceId);

    /** From this many matches on, a search walks the date index instead of sorting its matches. */
    int MANY_MATCHES = 500;

    /** Whether a full-text query matches at least {@code count} items: FTS5 stops counting there. */
    @SqlQuery("SELECT count(*) >= :count FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH :match LIMIT :count)")
    boolean matchesAtLeast(@Bind("match") String match, @Bind("count") int count);

    /** Full-text search over titles and summaries, newest first. */
    default List<Item> search(String text, int limit) {
        return list(new ItemQuery(null, null, null, text, limit, null)).items();
    }

    /** One page, newest first, with the cursor of the next one. */
    default ItemPage list(ItemQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM items WHERE 1 = 1");
        if (query.status() != null) {
            sql.append(" AND status = :status");
        }
        if (query.sourceId() != null) {
            sql.append(" AND source_id = :sourceId");
        }
        if (query.section() != null) {
            sql.append(" AND source_id IN (SELECT id FROM sources WHERE section = :section COLLATE NOCASE)");
        }
        String match = FullTextQuery.of(query.text());
        if (match == null && query.text() != null && !query.text().isBlank()) {
            return new ItemPage(List.of(), null); // a search made only of punctuation matches nothing
        }
        if (match != null) {
            // Two ways to the newest matches. Few: read each match's row and sort them (SQLite's own choice).
            // Many (a word in 5 % of 100,000 items, 5,000 rows): that costs 10 to 20 ms, while walking the date
            // index newest first and skipping non-matches fills the page within a few hundred entries (~1 ms);
            // the unary + keeps SQLite from looking the matches up by id, so it takes the index of the ORDER BY.
            sql.append(matchesAtLeast(match, MANY_MATCHES) ? " AND +id IN " : " AND id IN ")
                    .append("(SELECT rowid FROM items_fts WHERE items_fts MATCH :match)");
        }
        ItemCursor cursor = query.before() == null ? null : ItemCursor.parse(query.before());
        if (cursor != null) {
            sql.append(" AND (published_at < :cursorPublished OR (published_at = :cursorPublished AND id < :cursorId))");
        }
        sql.append(" ORDER BY published_at DESC, id DESC LIMIT :limit");

        Query statement = getHandle().createQuery(sql.toString())
                .bind("limit", query.limit() + 1);
        if (query.status() != null) {
            statement.bind("status", query.status().wireName());
        }
        if (query.sourceId() != null) {
            statement.bind("sourceId", query.sourceId());
        }
        if (query.section() != null) {
            statement.bind("section", query.section());
        }
        if (match != null) {
            statement.bind("match", match);
        }
        if (cursor != null) {
            statement.bind("cursorPublished", cursor.publishedMillis()).bind("cursorId", cursor.id());
        }
        // One row more than asked tells whether a next page exists without a count query.
        List<Item> rows = statement.map(new ItemRowMapper()).list();
        if (rows.size() <= query.limit()) {
            return new ItemPage(rows, null);
        }
        List<Item> page = rows.subList(0, query.limit());
        Item last = page.get(page.size() - 1);
        return new ItemPage(List.copyOf(page), ItemCursor.after(last.publishedAt(), last.id()).toString());
    }
}

package dev.veille.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.ConflictException;
import dev.veille.model.Link;
import dev.veille.model.LinkFields;
import dev.veille.model.Via;

/**
 * Curated links. Within a month and section, positions stay dense (0..n-1): every write that moves a link
 * renumbers the lists it leaves and enters, in the same transaction. What a concurrent write could break (the
 * section deleted meanwhile, the item kept meanwhile) is checked in the writing transaction too.
 */
@RegisterRowMapper(LinkRowMapper.class)
public interface LinkStore extends SqlObject {

    String SELECT = """
            SELECT l.*, s.name AS section_name FROM links l JOIN sections s ON s.id = l.section_id
            """;
    Via NO_VIA = new Via(null, null);

    /** Adds a link at the end of its month's section and returns it. */
    @Transaction
    default Link insert(LinkFields fields, Instant now) {
        ensureSectionExists(fields.sectionId());
        int position = countIn(fields.month(), fields.sectionId());
        long id = insertRow(fields, JsonColumns.write(fields.tags()), JsonColumns.write(fields.related()),
                fields.via() == null ? NO_VIA : fields.via(), reason(fields), position, now);
        return findById(id).orElseThrow();
    }

    /** Keeps a feed item: adds its link and marks the item kept, together; an item is kept once. */
    @Transaction
    default Link keep(long itemId, LinkFields fields, Instant now) {
        findByItem(itemId).ifPresent(existing -> {
            throw new ConflictException("item " + itemId + " is already kept as link " + existing.id());
        });
        Link link = insert(fields, now);
        getHandle().attach(ItemStore.class).updateStatus(itemId, dev.veille.model.ItemStatus.KEPT);
        return link;
    }

    /**
     * Writes an edit and puts the link at {@code position} (null: keeps its place, or goes last when it changes
     * list). Returns false, writing nothing, when {@code expectedVersion} is given and no longer current.
     */
    @Transaction
    default boolean update(long id, LinkFields fields, Integer position, Integer expectedVersion, Instant now) {
        Link current = findById(id).orElse(null);
        if (current == null || (expectedVersion != null && current.version() != expectedVersion)) {
            return false;
        }
        if (current.sectionId() != fields.sectionId()) {
            ensureSectionExists(fields.sectionId());
        }
        updateRow(id, fields, JsonColumns.write(fields.tags()), JsonColumns.write(fields.related()),
                fields.via() == null ? NO_VIA : fields.via(), reason(fields), now);
        boolean sameList = current.month().equals(fields.month()) && current.sectionId() == fields.sectionId();
        if (sameList && position == null) {
            return true;
        }
        List<Long> target = idsIn(fields.month(), fields.sectionId());
        target.remove(id);
        int index = position == null ? target.size() : position;
        target.add(Math.max(0, Math.min(index, target.size())), id);
        renumber(target);
        if (!sameList) {
            renumber(idsIn(current.month(), current.sectionId()));
        }
        return true;
    }

    /** Deletes a link and closes the gap in its list; false when there was no such link. */
    @Transaction
    default boolean delete(long id) {
        Optional<Link> link = findById(id);
        if (link.isEmpty()) {
            return false;
        }
        deleteRow(id);
        renumber(idsIn(link.get().month(), link.get().sectionId()));
        return true;
    }

    @SqlQuery(SELECT + "WHERE l.id = :id")
    Optional<Link> findById(@Bind("id") long id);

    @SqlQuery(SELECT + "WHERE l.item_id = :itemId ORDER BY l.id LIMIT 1")
    Optional<Link> findByItem(@Bind("itemId") long itemId);

    /** A month's links (optionally one section's, optionally matching a full-text query), in post order. */
    default List<Link> list(String month, Long sectionId, String text) {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE 1 = 1");
        String match = FullTextQuery.of(text);
        if (match == null && text != null && !text.isBlank()) {
            return List.of();
        }
        if (month != null) {
            sql.append(" AND l.month = :month");
        }
        if (sectionId != null) {
            sql.append(" AND l.section_id = :sectionId");
        }
        if (match != null) {
            sql.append(" AND l.id IN (SELECT rowid FROM links_fts WHERE links_fts MATCH :match)");
        }
        sql.append(" ORDER BY l.month DESC, s.position, l.position, l.id");
        Query query = getHandle().createQuery(sql.toString());
        if (month != null) {
            query.bind("month", month);
        }
        if (sectionId != null) {
            query.bind("sectionId", sectionId);
        }
        if (match != null) {
            query.bind("match", match);
        }
        return query.map(new LinkRowMapper()).list();
    }

    /** Full-text search over titles and commentaries, newest months first. */
    default List<Link> search(String text, int limit) {
        String match = FullTextQuery.of(text);
        if (match == null) {
            return List.of();
        }
        return getHandle().createQuery(SELECT + """
                        WHERE l.id IN (SELECT rowid FROM links_fts WHERE links_fts MATCH :match)
                        ORDER BY l.month DESC, s.position, l.position LIMIT :limit""")
                .bind("match", match).bind("limit", limit).map(new LinkRowMapper()).list();
    }

    /** Every tag ever used, with how many links carry it, most used first. */
    @SqlQuery("""
            SELECT value AS tag, count(*) AS count FROM links, json_each(links.tags)
            GROUP BY value ORDER BY count DESC, value
            """)
    @org.jdbi.v3.sqlobject.config.KeyColumn("tag")
    @org.jdbi.v3.sqlobject.config.ValueColumn("count")
    Map<String, Integer> tagCounts();

    /** Months that have links, newest first, with their link counts. */
    @SqlQuery("SELECT month, count(*) AS links FROM links GROUP BY month ORDER BY month DESC")
    @org.jdbi.v3.sqlobject.config.KeyColumn("month")
    @org.jdbi.v3.sqlobject.config.ValueColumn("links")
    Map<String, Integer> monthCounts();

    /** The ids of the links made from these items, by item id; one query for a whole inbox page. */
    default Map<Long, Long> linkIdsByItem(java.util.Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> ids = new java.util.HashMap<>();
        getHandle().createQuery("SELECT item_id, min(id) AS id FROM links WHERE item_id IN (<items>) GROUP BY item_id")
                .bindList("items", List.copyOf(itemIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("item_id"), rs.getLong("id")))
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        return ids;
    }

    @SqlQuery("SELECT count(*) FROM links WHERE month = :month AND section_id = :sectionId")
    int countIn(@Bind("month") String month, @Bind("sectionId") long sectionId);

    @SqlQuery("SELECT id FROM links WHERE month = :month AND section_id = :sectionId ORDER BY position, id")
    List<Long> idsInOrder(@Bind("month") String month, @Bind("sectionId") long sectionId);

    @SqlUpdate("""
            INSERT INTO links (month, section_id, position, url, normalized_url, title, commentary, tags, related,
                               via_title, via_url, item_id, section_reason, version, created_at, updated_at)
            VALUES (:f.month, :f.sectionId, :position, :f.url, :f.normalizedUrl, :f.title, :f.commentary, :tags,
                    :related, :via.title, :via.url, :f.itemId, :reason, 1, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods("f") LinkFields fields, @Bind("tags") String tags, @Bind("related") String related,
                   @BindMethods("via") Via via, @Bind("reason") String reason, @Bind("position") int position,
                   @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE links
            SET month = :f.month, section_id = :f.sectionId, url = :f.url, normalized_url = :f.normalizedUrl,
                title = :f.title, commentary = :f.commentary, tags = :tags, related = :related,
                via_title = :via.title, via_url = :via.url, item_id = :f.itemId, section_reason = :reason,
                version = version + 1, updated_at = :now
            WHERE id = :id
            """)
    void updateRow(@Bind("id") long id, @BindMethods("f") LinkFields fields, @Bind("tags") String tags,
                   @Bind("related") String related, @BindMethods("via") Via via, @Bind("reason") String reason,
                   @Bind("now") Instant now);

    /** A new title and related links, as a new version; the rest of the link is left as it is. */
    @SqlUpdate("""
            UPDATE links SET title = :title, related = :related, version = version + 1, updated_at = :now
            WHERE id = :id
            """)
    void updateTitleAndRelated(@Bind("id") long id, @Bind("title") String title, @Bind("related") String related,
                               @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM links WHERE id = :id")
    void deleteRow(@Bind("id") long id);

    @SqlUpdate("UPDATE links SET position = :position WHERE id = :id AND position <> :position")
    void setPosition(@Bind("id") long id, @Bind("position") int position);

    @SqlQuery("SELECT count(*) FROM sections WHERE id = :id")
    int countSections(@Bind("id") long id);

    private void ensureSectionExists(long sectionId) {
        if (countSections(sectionId) == 0) {
            throw new ConflictException("section: the section was deleted meanwhile; choose another one");
        }
    }

    private static String reason(LinkFields fields) {
        return fields.sectionReason() == null ? null : fields.sectionReason().wireName();
    }

    private List<Long> idsIn(String month, long sectionId) {
        return new ArrayList<>(idsInOrder(month, sectionId));
    }

    private void renumber(List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            setPosition(order.get(i), i);
        }
    }
}

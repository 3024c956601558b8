package dev.veille.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import dev.veille.model.DigestFields;
import dev.veille.model.DigestStatus;
import dev.veille.model.Tip;

/** The digests' own fields, the months they cover, and which earlier published month already had a URL. */
@RegisterRowMapper(DigestStore.FieldsMapper.class)
public interface DigestStore {

    @SqlQuery("SELECT * FROM digests WHERE month = :month")
    Optional<DigestFields> find(@Bind("month") String month);

    /** Every month that has links or a digest, newest first, with its link count and status. */
    @SqlQuery("""
            SELECT m.month, coalesce(d.status, 'draft') AS status, d.published_at,
                   (SELECT count(*) FROM links l WHERE l.month = m.month) AS links
            FROM (SELECT month FROM links UNION SELECT month FROM digests) m
            LEFT JOIN digests d ON d.month = m.month
            ORDER BY m.month DESC
            """)
    @RegisterRowMapper(MonthSummaryMapper.class)
    List<MonthSummary> months();

    default void save(DigestFields fields) {
        saveRow(fields.month(), fields.title(), fields.date() == null ? null : fields.date().toString(),
                fields.intro(), fields.tip().title(), fields.tip().body(), fields.outro(),
                fields.tags() == null ? null : JsonColumns.write(fields.tags()), fields.status().wireName(),
                fields.publishedAt());
    }

    @SqlUpdate("""
            INSERT INTO digests (month, title, date, intro, tip_title, tip_body, outro, tags, status, published_at)
            VALUES (:month, :title, :date, :intro, :tipTitle, :tipBody, :outro, :tags, :status, :publishedAt)
            ON CONFLICT (month) DO UPDATE SET title = :title, date = :date, intro = :intro, tip_title = :tipTitle,
                tip_body = :tipBody, outro = :outro, tags = :tags, status = :status, published_at = :publishedAt
            """)
    void saveRow(@Bind("month") String month, @Bind("title") String title, @Bind("date") String date,
                 @Bind("intro") String intro, @Bind("tipTitle") String tipTitle, @Bind("tipBody") String tipBody,
                 @Bind("outro") String outro, @Bind("tags") String tags, @Bind("status") String status,
                 @Bind("publishedAt") Instant publishedAt);

    @SqlQuery("SELECT status = 'published' FROM digests WHERE month = :month")
    Optional<Boolean> isPublished(@Bind("month") String month);

    /**
     * For each link of {@code month}: the latest earlier published month holding a link with the same
     * normalised URL. Links never published before are absent.
     */
    @SqlQuery("""
            SELECT cur.id AS link_id, max(prev.month) AS published_in
            FROM links cur
            JOIN links prev ON prev.normalized_url = cur.normalized_url AND prev.month < cur.month
            JOIN digests d ON d.month = prev.month AND d.status = 'published'
            WHERE cur.month = :month
            GROUP BY cur.id
            """)
    @KeyColumn("link_id")
    @ValueColumn("published_in")
    Map<Long, String> publishedBefore(@Bind("month") String month);

    /** The month's links that are releases of a GitHub source (kept from an item that has a version). */
    @SqlQuery("""
            SELECT l.id AS link_id, l.title, l.url, i.version, s.id AS source_id, s.title AS source_title
            FROM links l JOIN items i ON i.id = l.item_id JOIN sources s ON s.id = i.source_id
            WHERE l.month = :month AND i.version IS NOT NULL AND s.kind = 'github'
            ORDER BY s.id, l.id
            """)
    @RegisterRowMapper(ReleaseLinkMapper.class)
    List<ReleaseLink> releaseLinks(@Bind("month") String month);

    /** A link of the month that announces a release of a source. */
    record ReleaseLink(long linkId, String title, String url, String version, long sourceId, String sourceTitle) {
    }

    /** Maps a row of {@link #releaseLinks(String)}. */
    final class ReleaseLinkMapper implements RowMapper<ReleaseLink> {
        @Override
        public ReleaseLink map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReleaseLink(rs.getLong("link_id"), rs.getString("title"), rs.getString("url"),
                    rs.getString("version"), rs.getLong("source_id"), rs.getString("source_title"));
        }
    }

    /** A month in the list of digests. */
    record MonthSummary(String month, String status, Instant publishedAt, int links) {
    }

    /** Maps a {@code digests} row. */
    final class FieldsMapper implements RowMapper<DigestFields> {
        @Override
        public DigestFields map(ResultSet rs, StatementContext ctx) throws SQLException {
            String date = rs.getString("date");
            String tags = rs.getString("tags");
            return new DigestFields(rs.getString("month"), rs.getString("title"),
                    date == null ? null : LocalDate.parse(date), rs.getString("intro"),
                    new Tip(rs.getString("tip_title"), rs.getString("tip_body")), rs.getString("outro"),
                    tags == null ? null : JsonColumns.strings(tags),
                    "published".equals(rs.getString("status")) ? DigestStatus.PUBLISHED : DigestStatus.DRAFT,
                    SourceRowMapper.instant(rs, "published_at"));
        }
    }

    /** Maps a row of {@link #months()}. */
    final class MonthSummaryMapper implements RowMapper<MonthSummary> {
        @Override
        public MonthSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MonthSummary(rs.getString("month"), rs.getString("status"),
                    SourceRowMapper.instant(rs, "published_at"), rs.getInt("links"));
        }
    }
}

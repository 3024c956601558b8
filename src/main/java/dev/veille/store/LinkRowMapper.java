package dev.veille.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import dev.veille.model.GuessReason;
import dev.veille.model.Link;
import dev.veille.model.Via;

/** Maps a {@code links} row joined with its section's name ({@code section_name}) to a {@link Link}. */
public final class LinkRowMapper implements RowMapper<Link> {

    @Override
    public Link map(ResultSet rs, StatementContext ctx) throws SQLException {
        long itemId = rs.getLong("item_id");
        Long itemIdOrNull = rs.wasNull() ? null : itemId;
        String viaUrl = rs.getString("via_url");
        return new Link(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("commentary"),
                rs.getLong("section_id"),
                rs.getString("section_name"),
                JsonColumns.strings(rs.getString("tags")),
                rs.getString("month"),
                rs.getInt("position"),
                JsonColumns.related(rs.getString("related")),
                viaUrl == null ? null : new Via(rs.getString("via_title"), viaUrl),
                itemIdOrNull,
                rs.getInt("version"),
                SourceRowMapper.instant(rs, "created_at"),
                SourceRowMapper.instant(rs, "updated_at"),
                GuessReason.fromWire(rs.getString("section_reason")));
    }
}

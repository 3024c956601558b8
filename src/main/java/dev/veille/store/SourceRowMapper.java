package dev.veille.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import dev.veille.model.Selectors;
import dev.veille.model.Source;
import dev.veille.model.SourceKind;

/** Maps a {@code sources} row to a {@link Source}. */
public final class SourceRowMapper implements RowMapper<Source> {

    @Override
    public Source map(ResultSet rs, StatementContext ctx) throws SQLException {
        String item = rs.getString("selector_item");
        Selectors selectors = item == null ? null : new Selectors(item, rs.getString("selector_title"),
                rs.getString("selector_link"), rs.getString("selector_date"), rs.getString("selector_summary"));
        return new Source(
                rs.getLong("id"),
                SourceKind.fromWire(rs.getString("kind")),
                rs.getString("url"),
                rs.getString("repo"),
                rs.getString("title"),
                rs.getString("section"),
                rs.getInt("interval_minutes"),
                rs.getBoolean("include_prereleases"),
                selectors,
                rs.getString("etag"),
                rs.getString("last_modified"),
                instant(rs, "last_polled_at"),
                instant(rs, "last_success_at"),
                integer(rs, "last_status"),
                rs.getString("last_error"),
                rs.getInt("error_count"),
                instant(rs, "next_poll_at"),
                rs.getBoolean("gone"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

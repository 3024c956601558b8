package dev.veille.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import dev.veille.model.Item;
import dev.veille.model.ItemStatus;

/** Maps an {@code items} row to an {@link Item}. */
public final class ItemRowMapper implements RowMapper<Item> {

    @Override
    public Item map(ResultSet rs, StatementContext ctx) throws SQLException {
        long duplicateOf = rs.getLong("duplicate_of");
        Long duplicateOfOrNull = rs.wasNull() ? null : duplicateOf;
        return new Item(
                rs.getLong("id"),
                rs.getLong("source_id"),
                rs.getString("guid"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("summary"),
                SourceRowMapper.instant(rs, "published_at"),
                SourceRowMapper.instant(rs, "fetched_at"),
                ItemStatus.fromWire(rs.getString("status")),
                JsonColumns.strings(rs.getString("categories")),
                rs.getString("version"),
                rs.getBoolean("prerelease"),
                duplicateOfOrNull);
    }
}

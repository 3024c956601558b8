package dev.veille.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import dev.veille.model.Section;

/** Maps a {@code sections} row, keywords read from their JSON array, to a {@link Section}. */
public final class SectionRowMapper implements RowMapper<Section> {

    @Override
    public Section map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Section(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
                JsonColumns.strings(rs.getString("keywords")));
    }
}

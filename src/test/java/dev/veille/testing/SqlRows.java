package dev.veille.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results as text rows ("a | b | c"), for tests that check a database file directly. */
public final class SqlRows {

    private SqlRows() {
    }

    /** The one row the query must give. */
    public static String single(Statement sql, String query) throws SQLException {
        List<String> rows = rows(sql, query);
        assertEquals(1, rows.size(), query + ": " + rows);
        return rows.get(0);
    }

    public static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " | " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}

package nl.regioan.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the test database holds, read as text, to show that a refused request changed nothing. */
public final class StoredRows {

    private StoredRows() {
    }

    /** Every row the query returns, each column as text. */
    public static List<List<String>> of(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<List<String>> rows = new ArrayList<>();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}

package nl.regioan.housing.application;

import java.util.Map;

/** One data row of an imported register: its line in the file (the header is line 1) and its cells by column name. */
public record SheetRow(int line, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

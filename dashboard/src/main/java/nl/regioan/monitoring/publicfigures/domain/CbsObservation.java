package nl.regioan.monitoring.publicfigures.domain;

/**
 * One figure of a CBS file as it came in, all text, so every problem can be named by row and column.
 *
 * @param row           the row a person finds it at: the line of a CSV (header = 1), the position in a JSON "value" list (from 1)
 * @param measure       the measure's key (a column name in OData v3 and CSV, the Measure code in OData v4)
 * @param measureColumn the column that names the measure ("Measure" in OData v4, else the measure's own column)
 * @param value         the figure as text; null when the file had none (JSON null)
 * @param valueColumn   the column holding the figure
 */
public record CbsObservation(int row, String measure, String measureColumn, String region, String period,
                             String value, String valueColumn) {

    public static final String REGION_COLUMN = "RegioS";
    public static final String PERIOD_COLUMN = "Perioden";
}

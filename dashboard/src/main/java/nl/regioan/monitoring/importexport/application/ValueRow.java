package nl.regioan.monitoring.importexport.application;

/**
 * One row of a bulk delivery as it came in, before validation (all text, so every problem can be
 * reported per row and column).
 *
 * @param row the row number a person sees: in a CSV the line number (header = 1)
 */
public record ValueRow(int row, String indicator, String cbsCode, String period, String value, String comment) {
}

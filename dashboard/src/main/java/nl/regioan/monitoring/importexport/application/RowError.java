package nl.regioan.monitoring.importexport.application;

import nl.regioan.shared.api.Message;

/** A problem in one row and column of a bulk delivery, in words a person can act on. */
public record RowError(int row, String column, Message problem) {
}

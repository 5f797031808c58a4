package nl.regioan.monitoring.importexport.application;

import java.util.List;

/**
 * The outcome of a bulk delivery: applied as a whole, or not at all when {@code errors} is not empty.
 *
 * @param applied the number of values saved (0 for a dry run or when there are errors)
 */
public record ImportResult(boolean dryRun, int rows, int applied, List<RowError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }
}

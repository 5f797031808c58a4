package nl.regioan.monitoring.publicfigures.application;

import java.time.LocalDate;
import java.util.List;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;

/**
 * The outcome of an import of a CBS file: applied as a whole, or not at all when {@code errors} is not empty.
 *
 * @param importId null for a dry run or a refused file
 */
public record ImportResultView(boolean dryRun, Long importId, String table, String format, LocalDate downloaded,
                               PublicFigureImport.Counts counts, List<RowError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }
}

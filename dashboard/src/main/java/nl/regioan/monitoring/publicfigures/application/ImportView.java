package nl.regioan.monitoring.publicfigures.application;

import java.time.Instant;
import java.time.LocalDate;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One applied import as the coordinator's page lists it, with its source note. */
@Schema(name = "PublicFigureImport")
public record ImportView(long id, String table, String format, String fileName, LocalDate downloaded, String importedBy,
                         Instant importedAt, ImportCounts counts, String source) {

    static ImportView of(PublicFigureImport i) {
        return new ImportView(i.id(), i.table(), i.format().name(), i.fileName(), i.downloadedOn(), i.importedBy(),
                i.importedAt(), ImportCounts.of(i.counts()), i.sourceNote());
    }
}

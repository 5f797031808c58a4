package nl.regioan.monitoring.publicfigures.application;

import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with a file's figures, as the API shows it (see {@link PublicFigureImport.Counts}). */
@Schema(name = "PublicFigureCounts")
public record ImportCounts(int observations, int stored, int replaced, int unchanged, int skippedOutside,
                           int skippedOtherAreas, int skippedPeriods) {

    public static ImportCounts of(PublicFigureImport.Counts c) {
        return c == null ? null : new ImportCounts(c.observations(), c.stored(), c.replaced(), c.unchanged(), c.skippedOutside(),
                c.skippedOtherAreas(), c.skippedPeriods());
    }
}

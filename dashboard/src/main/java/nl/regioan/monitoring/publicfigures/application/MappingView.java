package nl.regioan.monitoring.publicfigures.application;

import java.math.BigDecimal;
import java.time.Instant;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mapping as the coordinator reads and edits it; the version goes back in If-Match. */
@Schema(name = "PublicFigureMapping")
public record MappingView(String table, String measure, String indicator, String indicatorNameNl, String indicatorNameEn,
                          BigDecimal factor, String updatedBy, Instant updatedAt, long version) {

    static MappingView of(PublicFigureMapping mapping) {
        return new MappingView(mapping.table(), mapping.measure(), mapping.indicator().code(), mapping.indicator().nameNl(),
                mapping.indicator().nameEn(), mapping.factor().stripTrailingZeros(), mapping.updatedBy(), mapping.updatedAt(),
                mapping.version());
    }
}

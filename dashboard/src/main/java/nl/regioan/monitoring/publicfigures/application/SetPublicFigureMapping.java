package nl.regioan.monitoring.publicfigures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.publicfigures.domain.CbsFile;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMapping;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMappingRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * The coordinator maps a measure of a CBS table to an indicator of the municipalities (with a
 * factor), or changes that mapping: a change names the version it read (If-Match); audited.
 */
@ApplicationScoped
public class SetPublicFigureMapping {

    static final Pattern TABLE = Pattern.compile("[0-9A-Z]{5,12}");
    static final Pattern MEASURE = Pattern.compile("[A-Za-z0-9_]{1,80}");
    static final BigDecimal MAX_FACTOR = new BigDecimal("1000000");

    /** What the coordinator sends; factor null means 1. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PublicFigureMappingRequest")
    public record MappingRequest(String indicator, BigDecimal factor) {
    }

    @Inject
    PublicFigureMappingRepository mappings;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @param expectedVersion from If-Match; required when the mapping exists */
    @Transactional
    public MappingView set(String tableText, String measureText, MappingRequest request, Long expectedVersion) {
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), Message.of("access.refused.publicFigures"));
        String table = CbsFile.normaliseTable(tableText);
        String measure = measureText == null ? "" : measureText.trim();
        List<FieldError> errors = new ArrayList<>();
        if (table == null || !TABLE.matcher(table).matches()) {
            errors.add(FieldError.of("table", "publicFigures.table.shape", Message.shorten(tableText)));
        }
        if (!MEASURE.matcher(measure).matches()) {
            errors.add(FieldError.of("measure", "publicFigures.measure.shape", Message.shorten(measureText)));
        }
        if (request == null) {
            throw new InvalidInputException(FieldError.of("", "publicFigures.mapping.body"));
        }
        IndicatorDefinition indicator = null;
        if (request.indicator() == null || request.indicator().isBlank()) {
            errors.add(FieldError.of("/indicator", "publicFigures.mapping.indicator.required"));
        } else {
            indicator = indicators.findByCode(request.indicator().trim()).orElse(null);
            if (indicator == null) {
                errors.add(FieldError.of("/indicator", "indicator.notInCatalogue", Message.shorten(request.indicator())));
            } else if (indicator.entryLevel() != EntryLevel.MUNICIPALITY) {
                errors.add(FieldError.of("/indicator", "publicFigures.mapping.indicator.region", indicator.code()));
            }
        }
        BigDecimal factor = request.factor() == null ? BigDecimal.ONE : request.factor();
        if (factor.signum() <= 0 || factor.compareTo(MAX_FACTOR) > 0 || factor.stripTrailingZeros().scale() > 6) {
            errors.add(FieldError.of("/factor", "publicFigures.mapping.factor", MAX_FACTOR.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<PublicFigureMapping> stored = mappings.find(table, measure);
        PublicFigureMapping mapping;
        String old = null;
        if (stored.isPresent()) {
            mapping = stored.get();
            if (expectedVersion == null || expectedVersion != mapping.version()) {
                throw new MappingChangedException(expectedVersion == null
                        ? Message.of("publicFigures.mapping.ifMatch", table, measure)
                        : Message.of("publicFigures.mapping.changed", table, measure, mapping.updatedBy()),
                        MappingView.of(mapping), expectedVersion == null);
            }
            old = Json.object("indicator", mapping.indicator().code(), "factor", mapping.factor());
            mapping.change(indicator, factor, actor.username(), clock.instant());
        } else {
            mapping = new PublicFigureMapping(table, measure, indicator, factor, actor.username(), clock.instant());
            mappings.add(mapping);
        }
        audit.record("PUBLIC_FIGURE_MAPPING_SET", "public_figure_mapping", table + "/" + measure, old,
                Json.object("indicator", indicator.code(), "factor", factor));
        mappings.flush();
        return MappingView.of(mapping);
    }
}

package nl.regioan.monitoring.catalogue.application;

import java.time.Clock;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.catalogue.domain.DefinitionHistory;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersion;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersionRepository;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator's definition versions: readable by who can see dashboards; the coordinator adds a
 * new version valid from a period, with a footnote that series and reports show at the break.
 */
@ApplicationScoped
public class DefinitionVersions {

    @Inject
    Clock clock;

    @Inject
    PeriodRange periodRange;

    static final int MAX_DEFINITION = 2000;
    static final int MAX_FOOTNOTE = 1000;

    public record ChangeRequest(String validFrom, String definition, String footnote) {
    }

    @jakarta.json.bind.annotation.JsonbNillable
    @Schema(name = "IndicatorDefinitionVersion")
    public record VersionView(String indicator, int version, String validFrom, String definition, String footnote,
                              String changedBy, Instant changedAt) {

        static VersionView of(String indicator, DefinitionVersion v) {
            return new VersionView(indicator, v.number(), v.validFrom() == null ? null : v.validFrom().toString(),
                    v.definition(), v.footnote(), v.changedBy(), v.changedAt());
        }
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    DefinitionVersionRepository versions;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<VersionView> of(String code) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDefinitions"));
        IndicatorDefinition indicator = catalogue.require(code);
        return versions.of(indicator.id()).stream().map(v -> VersionView.of(indicator.code(), v)).toList();
    }

    @Transactional
    public VersionView change(String code, ChangeRequest request) {
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), Message.of("access.refused.changeDefinitions"));
        IndicatorDefinition indicator = catalogue.require(code);
        if (request == null) {
            throw InvalidInputException.of("validFrom", "definition.shape");
        }
        Period validFrom = validFrom(request.validFrom(), indicator);
        String definition = text("definition", request.definition(), MAX_DEFINITION);
        String footnote = text("footnote", request.footnote(), MAX_FOOTNOTE);
        List<DefinitionVersion> history = versions.of(indicator.id());
        DefinitionHistory.refusalOf(history, validFrom).ifPresent(reason -> {
            throw new InvalidInputException(new FieldError("validFrom", reason));
        });
        DefinitionVersion latest = DefinitionHistory.latest(history).orElse(null);
        DefinitionVersion next = new DefinitionVersion(indicator.id(), latest == null ? 1 : latest.number() + 1, validFrom,
                definition, footnote, actor.username(), clock.instant());
        versions.add(next);
        audit.record("INDICATOR_DEFINITION_CHANGED", "indicator", indicator.code(),
                latest == null ? null : Json.object("version", latest.number(), "definition", latest.definition()),
                Json.object("version", next.number(), "validFrom", validFrom.toString(), "definition", definition,
                        "footnote", footnote));
        return VersionView.of(indicator.code(), next);
    }


    /** A yearly indicator changes from a year; a quarterly one from a quarter (a year means its first quarter). */
    private Period validFrom(String text, IndicatorDefinition indicator) {
        Period period = periodRange.parse("validFrom", text);
        if (indicator.periodType() == PeriodType.YEAR && period.isQuarter()) {
            throw InvalidInputException.of("validFrom", "period.yearlySuch", indicator.code(), period.year());
        }
        return indicator.periodType() == PeriodType.QUARTER && period.isYear() ? Period.ofQuarter(period.year(), 1) : period;
    }

    private static String text(String field, String value, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of(field, "definition.required");
        }
        if (trimmed.length() > max) {
            throw InvalidInputException.of(field, "text.maxLength.has", max, trimmed.length());
        }
        return trimmed;
    }
}

package nl.regioan.monitoring.suggestion.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.suggestion.application.ProposeValues;
import nl.regioan.monitoring.suggestion.domain.SuggestedValue;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Values proposed for a municipality's quarter from the platform's own records, with the list behind each. */
@Tag(name = "Monitoring")
@Path("monitoring/suggestions/{cbsCode}/{period}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    ProposeValues propose;

    @Inject
    RequestLanguage language;

    @Inject
    PeriodRange periodRange;

    @PathParam("cbsCode")
    String cbsCode;

    @PathParam("period")
    String period;

    /** A suggested value; {@code source} says in the reader's language where it comes from. */
    @Schema(name = "SuggestedValue")
    public record SuggestionView(String indicator, BigDecimal value, String source, List<BasisView> basis) {
    }

    /** One entry of the list behind a suggested value. */
    @Schema(name = "SuggestionBasis")
    public record BasisView(String name, BigDecimal amount, String link) {
    }

    @Operation(operationId = "listMonitoringSuggestions",
            summary = "Values proposed for a municipality's quarter from the platform's records (housing register)")
    @Extension(name = "x-roles", value = "data-steward,steering,coordinator")
    @GET
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.STEERING, Role.Names.COORDINATOR})
    public List<SuggestionView> suggestions() {
        Area area;
        try {
            area = Area.parse(cbsCode);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cbsCode", e);
        }
        Period quarter = periodRange.parse("period", period);
        return propose.propose(area, quarter).stream().map(this::view).toList();
    }

    private SuggestionView view(SuggestedValue value) {
        return new SuggestionView(value.indicator(), value.value(), language.text(Message.of(value.source())),
                value.basis().stream().map(b -> new BasisView(b.name(), b.amount(), b.link())).toList());
    }
}

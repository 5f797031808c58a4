package nl.regioan.monitoring.value.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.value.application.ReadValueHistory;
import nl.regioan.monitoring.value.domain.ValueChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who entered or changed a value, when, the old and new value, and the comment or reason. */
@Tag(name = "Monitoring")
@Path("monitoring/values/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.STEERING, Role.Names.COORDINATOR})
public class ValueHistoryResource {

    public record ChangeView(BigDecimal oldValue, BigDecimal newValue, String oldStatus, String newStatus,
                             String changedBy, Instant changedAt, String comment) {

        static ChangeView of(ValueChange change) {
            return new ChangeView(plain(change.oldValue()), plain(change.newValue()),
                    change.oldStatus() == null ? null : change.oldStatus().name(), change.newStatus().name(),
                    change.changedBy(), change.changedAt(), change.comment());
        }

        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
        }
    }

    @Inject
    ReadValueHistory history;

    @Operation(operationId = "getMonitoringValueHistory", summary = "Every change of one monitoring value, oldest first")
    @Extension(name = "x-roles", value = "data-steward,steering,coordinator")
    @GET
    public List<ChangeView> history(@PathParam("id") long id) {
        return history.of(id).stream().map(ChangeView::of).toList();
    }
}

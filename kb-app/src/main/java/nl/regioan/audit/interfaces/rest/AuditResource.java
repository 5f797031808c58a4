package nl.regioan.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.audit.domain.AuditEntry;
import nl.regioan.audit.domain.AuditEntryTitles;
import nl.regioan.audit.domain.AuditLog;
import nl.regioan.audit.domain.AuditQuery;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log with filters on actor, entity type and id, action and day range; newest first.
 * Knowledge-base titles are shown only to a reader who may read the item ({@link AuditEntryTitles}, implemented by the knowledge base).
 */
@Tag(name = "Audit")
@Path("admin/audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditEntryTitles titles;

    public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType,
                            String entityId, String oldValue, String newValue, String clientAddress) {
        /** Item titles and attachment names only for a reader who may read the item (AccessPolicy). */
        static AuditView of(AuditEntry e, AuditEntryTitles.Reading titles) {
            AuditEntryTitles.Values shown = titles.shown(e.entityType(), e.entityId(), e.oldValue(), e.newValue());
            return new AuditView(e.id(), e.occurredAt(), e.actorUsername(), e.action(), e.entityType(), e.entityId(),
                    shown.oldValue(), shown.newValue(), e.clientAddress());
        }
    }

    @Operation(operationId = "searchAuditLog", summary = "Searches the audit log")
    @Extension(name = "x-roles", value = "admin")
    @GET
    public List<AuditView> search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                                  @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "number.between", 1, 1000);
        }
        AuditQuery query = new AuditQuery(text(actor), text(entityType), text(entityId), text(action),
                text(from).map(day -> day("from", day).atStartOfDay(AMSTERDAM).toInstant()),
                text(to).map(day -> day("to", day).plusDays(1).atStartOfDay(AMSTERDAM).toInstant()),
                limit);
        List<AuditView> result = new ArrayList<>();
        AuditEntryTitles.Reading shown = titles.forReader(currentActor.require());
        auditLog.search(query).forEach(e -> result.add(AuditView.of(e, shown)));
        return result;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "date.format");
        }
    }
}

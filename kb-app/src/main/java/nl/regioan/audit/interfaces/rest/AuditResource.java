package nl.regioan.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.account.domain.Role;
import nl.regioan.audit.domain.AuditEntry;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log with filters on actor, entity type and id, action and day range; newest first. */
@Tag(name = "Audit")
@Path("admin/audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext
    EntityManager entityManager;

    public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType,
                            String entityId, String oldValue, String newValue, String clientAddress) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.occurredAt(), e.actorUsername(), e.action(), e.entityType(), e.entityId(),
                    e.oldValue(), e.newValue(), e.clientAddress());
        }
    }

    @Operation(operationId = "searchAuditLog", summary = "Searches the audit log")
    @Extension(name = "x-roles", value = "admin")
    @GET
    public List<AuditView> search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                                  @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "between 1 and 1000");
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter(jpql, parameters, "actorUsername", "actor", actor);
        filter(jpql, parameters, "entityType", "entityType", entityType);
        filter(jpql, parameters, "entityId", "entityId", entityId);
        filter(jpql, parameters, "action", "action", action);
        if (from != null && !from.isBlank()) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", day("from", from).atStartOfDay(AMSTERDAM).toInstant());
        }
        if (to != null && !to.isBlank()) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", day("to", to).plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        }
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEntry> query = entityManager.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        List<AuditView> result = new ArrayList<>();
        query.getResultList().forEach(e -> result.add(AuditView.of(e)));
        return result;
    }

    private static void filter(StringBuilder jpql, Map<String, Object> parameters, String field, String name, String value) {
        if (value != null && !value.isBlank()) {
            jpql.append(" and e.").append(field).append(" = :").append(name);
            parameters.put(name, value.strip());
        }
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "use a date as YYYY-MM-DD");
        }
    }
}

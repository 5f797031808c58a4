package nl.regioan.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.domain.AuditEntry;
import nl.regioan.audit.domain.AuditLog;

/**
 * Records changes in the audit log. MANDATORY: an entry only exists together with the change it
 * describes, in the same transaction. Values are short JSON or text made by the caller; secrets
 * (passwords, tokens) never go in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentActor currentActor;

    /** A change made by the current actor. */
    public void record(String action, String entityType, Object entityId, String oldValue, String newValue) {
        Optional<Actor> actor = currentActor.get();
        write(actor.map(Actor::accountId).orElse(null), actor.map(Actor::username).orElse(null),
                action, entityType, entityId, oldValue, newValue);
    }

    /** An event without a logged-in actor, such as a failed login for {@code username}. */
    public void recordAnonymous(String username, String action, String entityType, Object entityId, String detail) {
        write(null, username, action, entityType, entityId, null, detail);
    }

    private void write(Long accountId, String username, String action, String entityType, Object entityId,
                       String oldValue, String newValue) {
        auditLog.add(new AuditEntry(accountId, truncate(username, 100), action, entityType,
                entityId == null ? null : entityId.toString(), oldValue, newValue,
                truncate(currentActor.clientAddress(), 64)));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

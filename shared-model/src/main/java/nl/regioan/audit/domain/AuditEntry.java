package nl.regioan.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change; written in the same transaction as the change itself, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_username")
    private String actorUsername;

    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Long actorAccountId, String actorUsername, String action, String entityType, String entityId,
                      String oldValue, String newValue, String clientAddress) {
        this.occurredAt = Instant.now();
        this.actorAccountId = actorAccountId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.clientAddress = clientAddress;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorAccountId() {
        return actorAccountId;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String clientAddress() {
        return clientAddress;
    }
}

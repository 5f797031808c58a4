package nl.regioan.audit.domain;

import java.util.List;

/** The stored audit log: entries are added, never changed, and read newest first. */
public interface AuditLog {

    void add(AuditEntry entry);

    /** The newest entries that match every filter of {@code query}, at most {@code query.limit()}. */
    List<AuditEntry> search(AuditQuery query);
}

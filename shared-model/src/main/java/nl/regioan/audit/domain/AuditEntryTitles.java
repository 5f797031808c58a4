package nl.regioan.audit.domain;

import nl.regioan.access.domain.Actor;

/**
 * What the audit log shows, per reader, of entries about content that not every reader may read
 * (an item's title, an attachment's file name). Implemented by the feature that owns that content,
 * so the audit log depends on none of them.
 */
public interface AuditEntryTitles {

    /** The old and new value of one entry, as shown. */
    record Values(String oldValue, String newValue) {
    }

    /** One reader's view, for the entries of one answer. */
    interface Reading {

        Values shown(String entityType, String entityId, String oldValue, String newValue);
    }

    Reading forReader(Actor reader);
}

package nl.regioan.kb.item.domain;

import java.util.List;

/**
 * The files attached to an item, for showing the item. Implemented by the attachment feature, which
 * builds on items: the item feature knows attachments only through this port.
 */
public interface ItemAttachments {

    /** The item's files in the order they were uploaded; no access check (the caller read the item). */
    List<AttachedFile> of(long itemId);
}

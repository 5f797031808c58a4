package nl.regioan.kb.item.domain;

import java.time.Instant;

/** A file attached to an item, as the item lists it (the file itself is the attachment feature's). */
public record AttachedFile(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt,
                           String uploadedBy) {
}

package nl.regioan.kb.attachment.domain;

import java.util.List;
import java.util.Optional;

/** Stores attachment records (the bytes are in {@code AttachmentFiles}). */
public interface AttachmentRepository {

    Optional<Attachment> find(long id);

    List<Attachment> ofItem(long itemId);

    void add(Attachment attachment);

    void flush();
}

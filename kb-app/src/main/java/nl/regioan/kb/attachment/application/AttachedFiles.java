package nl.regioan.kb.attachment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.kb.attachment.domain.Attachment;
import nl.regioan.kb.attachment.domain.AttachmentRepository;
import nl.regioan.kb.item.domain.AttachedFile;
import nl.regioan.kb.item.domain.ItemAttachments;

/** The item feature's view of an item's files, served from the stored attachments. */
@ApplicationScoped
public class AttachedFiles implements ItemAttachments {

    @Inject
    AttachmentRepository attachments;

    @Override
    public List<AttachedFile> of(long itemId) {
        return attachments.ofItem(itemId).stream().map(Attachment::described).toList();
    }
}

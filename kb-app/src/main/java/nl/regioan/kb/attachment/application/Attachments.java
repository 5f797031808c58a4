package nl.regioan.kb.attachment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.kb.attachment.domain.Attachment;
import nl.regioan.kb.attachment.domain.AttachmentRepository;
import nl.regioan.kb.attachment.domain.AttachmentStore;
import nl.regioan.kb.attachment.domain.FileInspector;
import nl.regioan.kb.attachment.domain.FileTooLargeException;
import nl.regioan.kb.attachment.domain.InspectedFile;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import nl.regioan.kb.item.application.KnowledgeItems;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.KnowledgeItemChanged;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Uploading and downloading attachments. An upload is checked completely (size, type from the
 * content, name, readable text) before anything is kept; a rejected one leaves no file and no row.
 */
@ApplicationScoped
public class Attachments {

    @Inject
    KnowledgeItems items;

    @Inject
    AttachmentRepository attachments;

    @Inject
    AttachmentStore files;

    @Inject
    FileInspector inspector;

    @Inject
    AuditTrail audit;

    @Inject
    Event<KnowledgeItemChanged> changed;

    @Inject
    Clock clock;

    /** A file ready to be sent to a reader who passed the access check. */
    public record Download(Attachment attachment, Path file) {
    }

    @Transactional
    public Attachment upload(Actor actor, long itemId, String fileName, InputStream content) {
        KnowledgeItem item = items.editable(actor, itemId);
        String name = cleanName(fileName);
        AttachmentStore.Received received;
        InspectedFile inspected;
        try {
            received = files.receive(content);
        } catch (FileTooLargeException e) {
            throw e; // 413, not 400: see FileTooLargeMapper
        } catch (RejectedFileException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        try {
            inspected = inspector.inspect(received.file(), name);
        } catch (RejectedFileException e) {
            files.discard(received);
            throw new InvalidInputException("file", e.getMessage());
        } catch (RuntimeException e) {
            files.discard(received);
            throw e;
        }
        String key = files.keep(received);
        try {
            Attachment attachment = new Attachment(item.id(), name, inspected, received.size(), received.sha256(), key,
                    clock.instant(), actor.username());
            attachments.add(attachment);
            item.attachmentsChanged(clock.instant());
            attachments.flush();
            audit.record("kb.attachment.upload", "kb_attachment", attachment.id(), null,
                    Json.object("item", item.id(), "fileName", name, "mediaType", inspected.mediaType(),
                            "size", received.size()));
            changed.fire(new KnowledgeItemChanged(item.id()));
            return attachment;
        } catch (RuntimeException e) {
            files.delete(key);
            throw e;
        }
    }

    public List<Attachment> ofItem(long itemId) {
        return attachments.ofItem(itemId);
    }

    /** Not found when the attachment does not exist or its item may not be read by this actor. */
    public Download download(Actor actor, long attachmentId) {
        Attachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("There is no attachment " + attachmentId + " that you may see."));
        try {
            items.read(actor, attachment.itemId());
        } catch (NotFoundException e) {
            throw new NotFoundException("There is no attachment " + attachmentId + " that you may see.");
        }
        return new Download(attachment, files.path(attachment.storageKey()));
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "the upload has no file name");
        }
        if (name.length() > 255) {
            throw new InvalidInputException("file", "the file name is longer than 255 characters");
        }
        return name;
    }
}

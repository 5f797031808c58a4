package nl.regioan.kb.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.regioan.kb.item.domain.AttachedFile;

/** A file attached to an item; the bytes live outside the web root under {@link #storageKey()}. */
@Entity
@Table(name = "kb_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Version
    private long version;

    protected Attachment() {
    }

    public Attachment(long itemId, String fileName, InspectedFile inspected, long sizeBytes, String sha256,
                      String storageKey, Instant uploadedAt, String uploadedBy) {
        this.itemId = itemId;
        this.fileName = fileName;
        this.mediaType = inspected.mediaType();
        this.extractedText = inspected.text();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** What the item lists of this file. */
    public AttachedFile described() {
        return new AttachedFile(id, fileName, mediaType, sizeBytes, uploadedAt, uploadedBy);
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String extractedText() {
        return extractedText;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}

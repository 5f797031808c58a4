package nl.regioan.kb.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of an item: a full snapshot (JSON, see {@link ItemSnapshot}); never changed afterwards. */
@Entity
@Table(name = "kb_item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    private int number;

    private String snapshot;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    private String note;

    protected ItemVersion() {
    }

    public ItemVersion(long itemId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        this.itemId = itemId;
        this.number = number;
        this.snapshot = snapshot;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.note = note;
    }

    public long itemId() {
        return itemId;
    }

    public int number() {
        return number;
    }

    public String snapshot() {
        return snapshot;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public String note() {
        return note;
    }
}

package nl.regioan.kb.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioan.shared.persistence.SnapshotVersion;

/** One saved state of an item: a full snapshot (JSON, see {@link ItemSnapshot}); never changed afterwards. */
@Entity
@Table(name = "kb_item_version")
public class ItemVersion extends SnapshotVersion {

    @Column(name = "item_id")
    private long itemId;

    protected ItemVersion() {
    }

    public ItemVersion(long itemId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        super(number, snapshot, savedAt, savedBy, note);
        this.itemId = itemId;
    }

    public long itemId() {
        return itemId;
    }
}

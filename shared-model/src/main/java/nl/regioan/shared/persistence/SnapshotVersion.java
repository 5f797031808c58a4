package nl.regioan.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One saved state of something people edit (a knowledge item, a housing location): its number, a full
 * JSON snapshot, when, by whom and why; never changed afterwards. A subclass maps its own table and
 * the column that says what it is a version of.
 */
@MappedSuperclass
public abstract class SnapshotVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    private String snapshot;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    private String note;

    protected SnapshotVersion() {
    }

    protected SnapshotVersion(int number, String snapshot, Instant savedAt, String savedBy, String note) {
        this.number = number;
        this.snapshot = snapshot;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.note = note;
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

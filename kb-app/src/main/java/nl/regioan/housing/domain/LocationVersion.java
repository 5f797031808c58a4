package nl.regioan.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of a location: a full snapshot (JSON, see {@link LocationSnapshot}); never changed afterwards. */
@Entity
@Table(name = "housing_location_version")
public class LocationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "location_id")
    private long locationId;

    private int number;

    private String snapshot;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    private String note;

    protected LocationVersion() {
    }

    public LocationVersion(long locationId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        this.locationId = locationId;
        this.number = number;
        this.snapshot = snapshot;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.note = note;
    }

    public long locationId() {
        return locationId;
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

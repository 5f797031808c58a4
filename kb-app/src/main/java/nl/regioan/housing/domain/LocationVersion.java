package nl.regioan.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioan.shared.persistence.SnapshotVersion;

/** One saved state of a location: a full snapshot (JSON, see {@link LocationSnapshot}); never changed afterwards. */
@Entity
@Table(name = "housing_location_version")
public class LocationVersion extends SnapshotVersion {

    @Column(name = "location_id")
    private long locationId;

    protected LocationVersion() {
    }

    public LocationVersion(long locationId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        super(number, snapshot, savedAt, savedBy, note);
        this.locationId = locationId;
    }

    public long locationId() {
        return locationId;
    }
}

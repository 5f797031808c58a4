package nl.regioan.housing.application;

import nl.regioan.shared.api.Message;

/** The location changed since the writer loaded it (If-Match did not match): 412 with the current version. */
public class LocationConflictException extends RuntimeException {

    private final long locationId;

    public LocationConflictException(long locationId, long currentVersion) {
        super(message(currentVersion).toString());
        this.locationId = locationId;
    }

    public static Message message(long currentVersion) {
        return Message.of("housing.location.conflict", currentVersion);
    }

    public long locationId() {
        return locationId;
    }
}

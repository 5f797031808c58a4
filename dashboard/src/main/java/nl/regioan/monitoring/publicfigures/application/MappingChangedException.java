package nl.regioan.monitoring.publicfigures.application;

import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.Message;

/**
 * The mapping changed since the coordinator read it (If-Match names an older version), or If-Match
 * is missing for a mapping that exists: the resource answers 412 or 428 with the current one.
 */
public class MappingChangedException extends ConflictException {

    private final transient MappingView current;
    private final boolean versionMissing;

    public MappingChangedException(Message detail, MappingView current, boolean versionMissing) {
        super("If-Match", detail);
        this.current = current;
        this.versionMissing = versionMissing;
    }

    public MappingView current() {
        return current;
    }

    public boolean versionMissing() {
        return versionMissing;
    }
}

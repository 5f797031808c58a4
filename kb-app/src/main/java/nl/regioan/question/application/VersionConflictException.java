package nl.regioan.question.application;

import nl.regioan.shared.api.Message;

/** The question or answer changed since the writer loaded it (If-Match did not match): 412 with the current version. */
public class VersionConflictException extends RuntimeException {

    private final transient Message detail;
    private final long currentVersion;

    public VersionConflictException(Message detail, long currentVersion) {
        super(detail.toString());
        this.detail = detail;
        this.currentVersion = currentVersion;
    }

    public Message detail() {
        return detail;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

package nl.regioan.kb.item.application;

import nl.regioan.shared.api.Message;

/** The item changed since the writer loaded it (If-Match did not match): 412 with the current version. */
public class EditConflictException extends RuntimeException {

    private final long itemId;
    private final long currentVersion;

    public EditConflictException(long itemId, long currentVersion) {
        super(message(currentVersion).toString());
        this.itemId = itemId;
        this.currentVersion = currentVersion;
    }

    public static Message message(long currentVersion) {
        return Message.of("item.conflict", currentVersion);
    }

    public long itemId() {
        return itemId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

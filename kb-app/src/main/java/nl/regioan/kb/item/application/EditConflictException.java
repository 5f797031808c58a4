package nl.regioan.kb.item.application;

/** The item changed since the writer loaded it (If-Match did not match): 412 with the current version. */
public class EditConflictException extends RuntimeException {

    private final long itemId;
    private final long currentVersion;

    public EditConflictException(long itemId, long currentVersion) {
        super("Someone else saved this item in the meantime (it is now at version " + currentVersion
                + "); compare with the current text, then save again with If-Match: \"" + currentVersion + "\".");
        this.itemId = itemId;
        this.currentVersion = currentVersion;
    }

    public long itemId() {
        return itemId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

package nl.regioan.kb.item.application;

import nl.regioan.shared.api.Message;
import java.util.List;

/** At least one item of an import is invalid; nothing was saved. The REST layer answers 400 with the list. */
public class ImportRejectedException extends RuntimeException {

    /** What is wrong with the item at {@code index} (0-based) of the request. */
    public record ImportError(int index, String field, Message message) {
    }

    private final transient List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(errors.size() + " problem(s) in the import; nothing was saved.");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}

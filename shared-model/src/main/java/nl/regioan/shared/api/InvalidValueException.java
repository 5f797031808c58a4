package nl.regioan.shared.api;

/**
 * A value object refused to be made from this input (a period, a CBS code, a number text). It does not
 * know the field; the caller names it: {@code InvalidInputException.of(field, e)}.
 * An IllegalArgumentException, so that code catching that keeps working.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final transient Message reason;

    public InvalidValueException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public static InvalidValueException of(String key, Object... arguments) {
        return new InvalidValueException(Message.of(key, arguments));
    }

    public Message reason() {
        return reason;
    }

    /** The keyed reason of a refusal; the text of any other exception, unkeyed (still to be converted). */
    @SuppressWarnings("deprecation")
    public static Message reasonOf(RuntimeException e) {
        if (e instanceof InvalidValueException invalid) {
            return invalid.reason();
        }
        if (e instanceof DomainException domain) {
            return domain.detail();
        }
        return Message.untranslated(String.valueOf(e.getMessage()));
    }
}

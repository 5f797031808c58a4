package nl.regioan.shared.api;

import java.util.Locale;

/**
 * One rejected input: the field (a JSON pointer such as {@code /values/0/value}, or the name of a query,
 * path or header parameter) and what is allowed, as a keyed {@link Message}.
 */
public record FieldError(String field, Message message) {

    public static FieldError of(String field, String key, Object... arguments) {
        return new FieldError(field, Message.of(key, arguments));
    }

    /** The message key, the problem's {@code code} for this field. */
    public String code() {
        return message.key();
    }

    public String text(Locale language) {
        return message.text(language);
    }
}

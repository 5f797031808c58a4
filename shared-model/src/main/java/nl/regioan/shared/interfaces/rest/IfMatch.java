package nl.regioan.shared.interfaces.rest;

import java.util.Optional;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * Reads the version a client saw from its If-Match header ("3", "\"3\"" or W/"3"): the one reader for
 * every resource that saves on a version. Text that is no version is a 400 naming If-Match.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or empty when no If-Match was sent (for saves where it is optional). */
    public static Optional<Long> optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "ifMatch.notAVersion", Message.shorten(ifMatch));
        }
    }

    /** The version; a missing If-Match is refused with the general reason. */
    public static long required(String ifMatch) {
        return required(ifMatch, "ifMatch.required");
    }

    /** The version; a missing If-Match is refused with {@code missingKey} (a reason that names what is saved). */
    public static long required(String ifMatch, String missingKey, Object... arguments) {
        return optional(ifMatch).orElseThrow(() -> InvalidInputException.of("If-Match", missingKey, arguments));
    }
}

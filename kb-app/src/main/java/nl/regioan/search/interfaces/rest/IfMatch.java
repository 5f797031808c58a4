package nl.regioan.search.interfaces.rest;

import nl.regioan.shared.api.InvalidInputException;

/** Reads the version from an If-Match header such as "3" or W/"3". */
final class IfMatch {

    private IfMatch() {
    }

    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw InvalidInputException.of("If-Match", "ifMatch.required");
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "ifMatch.notAVersion", ifMatch.length() > 20 ? ifMatch.substring(0, 20) + "…" : ifMatch);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}

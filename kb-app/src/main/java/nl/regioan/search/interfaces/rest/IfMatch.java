package nl.regioan.search.interfaces.rest;

import nl.regioan.shared.api.InvalidInputException;

/** Reads the version from an If-Match header such as "3" or W/"3". */
final class IfMatch {

    private IfMatch() {
    }

    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException("If-Match", "send the version you are changing, e.g. If-Match: \"3\"");
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "'" + ifMatch + "' is not a version; use e.g. \"3\"");
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}

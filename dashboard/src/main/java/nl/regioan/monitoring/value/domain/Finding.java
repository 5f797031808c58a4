package nl.regioan.monitoring.value.domain;

import nl.regioan.shared.api.Message;

/**
 * A validation outcome for one indicator: an error blocks saving, a warning needs a comment before
 * the form is submitted.
 *
 * @param code a stable name for the rule, e.g. FAR_FROM_HISTORY
 */
public record Finding(String indicator, Severity severity, String code, Message message) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String indicator, String code, Message message) {
        return new Finding(indicator, Severity.ERROR, code, message);
    }

    public static Finding warning(String indicator, String code, Message message) {
        return new Finding(indicator, Severity.WARNING, code, message);
    }
}

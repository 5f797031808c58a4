package nl.regioan.monitoring.value.application;

import nl.regioan.monitoring.value.domain.IndicatorValue;

/**
 * One line of a form save as it was sent: the figure and what the sender actually gave. A field left
 * out keeps what is stored; a field sent as null clears it (so a PUT without "comment" no longer
 * erases the comment).
 */
public record EntryInput(EntryRequest request, boolean valueGiven, boolean commentGiven) {

    /** The figure and comment to store, taking what was left out from {@code stored} (null: nothing stored yet). */
    public EntryRequest over(IndicatorValue stored) {
        if (request == null || stored == null || (valueGiven && commentGiven)) {
            return request;
        }
        return new EntryRequest(request.indicator(), valueGiven ? request.value() : IndicatorValue.plain(stored.value()),
                commentGiven ? request.comment() : stored.comment(), request.version());
    }
}

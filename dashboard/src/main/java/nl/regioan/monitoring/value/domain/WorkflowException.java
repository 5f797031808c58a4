package nl.regioan.monitoring.value.domain;

/** A workflow step that is not possible from the value's current status, with the reason in words. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}

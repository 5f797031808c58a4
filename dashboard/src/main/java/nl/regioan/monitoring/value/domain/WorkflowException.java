package nl.regioan.monitoring.value.domain;

import nl.regioan.shared.api.Message;

/** A workflow step that is not possible from the value's current status, with the reason in words. */
public class WorkflowException extends RuntimeException {

    private final transient Message reason;

    public WorkflowException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public static WorkflowException of(String key, Object... arguments) {
        return new WorkflowException(Message.of(key, arguments));
    }

    public Message reason() {
        return reason;
    }
}

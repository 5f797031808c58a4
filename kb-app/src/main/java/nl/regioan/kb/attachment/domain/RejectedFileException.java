package nl.regioan.kb.attachment.domain;

import nl.regioan.shared.api.Message;

/** An upload that is refused, with a reason a person understands; nothing of it is kept. */
public class RejectedFileException extends RuntimeException {

    private final transient Message reason;

    public RejectedFileException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public static RejectedFileException of(String key, Object... arguments) {
        return new RejectedFileException(Message.of(key, arguments));
    }

    public Message reason() {
        return reason;
    }
}

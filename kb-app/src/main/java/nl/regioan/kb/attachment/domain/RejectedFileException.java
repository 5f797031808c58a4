package nl.regioan.kb.attachment.domain;

/** An upload that is refused, with a reason a person understands; nothing of it is kept. */
public class RejectedFileException extends RuntimeException {

    public RejectedFileException(String reason) {
        super(reason);
    }
}

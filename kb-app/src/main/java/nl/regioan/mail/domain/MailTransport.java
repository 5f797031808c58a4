package nl.regioan.mail.domain;

/** Hands a mail to the outside world (an SMTP server, or a folder of .eml files). */
public interface MailTransport {

    /** Delivers the mail or throws {@link MailDeliveryException}; never called inside a transaction. */
    void send(RenderedMail mail) throws MailDeliveryException;

    /** A mail that could not be delivered now; the sender retries it later. */
    class MailDeliveryException extends Exception {
        public MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package nl.regioan.mail.infrastructure;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import nl.regioan.mail.domain.MailTransport;
import nl.regioan.mail.domain.RenderedMail;

/** Delivers through an SMTP server with Jakarta Mail (provided by Payara), with timeouts so a hanging server cannot hold the sender. */
final class SmtpTransport implements MailTransport {

    private static final String TIMEOUT_MILLIS = "15000";

    private final MailSettings.Smtp smtp;
    private final String from;
    private final Session session;
    private final Clock clock;

    SmtpTransport(MailSettings.Smtp smtp, String from, Clock clock) {
        this.smtp = smtp;
        this.from = from;
        this.clock = clock;
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        properties.put("mail.smtp.auth", Boolean.toString(smtp.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.from", from);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(RenderedMail mail) throws MailDeliveryException {
        try {
            MimeMessage message = MimeMails.build(session, from, mail, clock.instant());
            if (smtp.user().isPresent()) {
                Transport.send(message, smtp.user().get(), smtp.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            throw new MailDeliveryException("SMTP " + smtp.host() + ":" + smtp.port() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}

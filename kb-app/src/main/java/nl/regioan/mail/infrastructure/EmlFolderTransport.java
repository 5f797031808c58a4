package nl.regioan.mail.infrastructure;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import nl.regioan.mail.domain.MailTransport;
import nl.regioan.mail.domain.RenderedMail;

/**
 * Without an SMTP server (the embedded run), each mail is written as an .eml file that any mail
 * program opens. Written to a temporary name first and then moved, so a reader never sees half a file.
 */
final class EmlFolderTransport implements MailTransport {

    private final Path folder;
    private final String from;
    private final Session session = Session.getInstance(new Properties());
    private final Clock clock;

    EmlFolderTransport(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(RenderedMail mail) throws MailDeliveryException {
        Instant now = clock.instant();
        String name = now.toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve("." + name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMails.build(session, from, mail, now).writeTo(out);
            }
            Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailDeliveryException("Writing a mail to " + folder + " failed: " + e.getMessage(), e);
        }
    }
}

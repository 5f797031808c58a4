package nl.regioan.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.regioan.mail.application.DeliveryPolicy;
import nl.regioan.mail.application.MailSchedule;
import nl.regioan.mail.application.MailSite;
import nl.regioan.mail.domain.MailTransport;
import org.eclipse.microprofile.config.Config;

/** Reads the mail settings once and gives the application its transport, base URL and delivery policy. */
@ApplicationScoped
public class MailConfiguration {

    /** Longer than an SMTP conversation with its timeouts (connect, read and write 15 s each). */
    private static final Duration CLAIM_FOR = Duration.ofMinutes(5);

    @Inject
    Config config;

    @Inject
    Clock clock;

    private volatile MailSettings settings;
    private volatile MailTransport transport;
    private final String node = nodeName();

    /** The settings; throws {@link MailSettings.InvalidSetting} naming a bad one. */
    public MailSettings settings() {
        if (settings == null) {
            settings = MailSettings.read(key -> config.getOptionalValue(key, String.class));
        }
        return settings;
    }

    @Produces
    MailTransport transport() {
        if (transport == null) {
            MailSettings s = settings();
            transport = s.smtp().<MailTransport>map(smtp -> new SmtpTransport(smtp, s.from(), clock))
                    .orElseGet(() -> new EmlFolderTransport(s.folder(), s.from(), clock));
        }
        return transport;
    }

    @Produces
    MailSite site() {
        return new MailSite(settings().baseUrl());
    }

    @Produces
    MailSchedule schedule() {
        return new MailSchedule(settings().digestHour());
    }

    @Produces
    DeliveryPolicy deliveryPolicy() {
        return new DeliveryPolicy(node, CLAIM_FOR, settings().backoff());
    }

    /** Unique per running JVM, readable in the table: host, process id and a few random characters. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String process = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        String name = host + "/" + process + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}

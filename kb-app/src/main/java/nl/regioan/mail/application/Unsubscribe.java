package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;
import nl.regioan.mail.domain.Outbox;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;

/**
 * The link in a mail switches its kind off for its receiver, without a login: the random token of
 * that one mail is the proof. It can do nothing else, and doing it twice changes nothing more.
 */
@ApplicationScoped
public class Unsubscribe {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    Outbox outbox;

    @Inject
    MailPreferenceRepository preferences;

    @Inject
    AuditTrail audit;

    @Transactional
    public MailKind unsubscribe(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw InvalidInputException.of("token", "mail.unsubscribe.token");
        }
        Outbox.Unsubscription what = outbox.byUnsubscribeToken(token)
                .orElseThrow(() -> new UnknownResourceException("token", Message.of("mail.unsubscribe.unknown")));
        MailPreferences current = preferences.find(what.accountId()).orElse(MailPreferences.none(what.accountId()));
        if (current.wants(what.kind())) {
            if (!preferences.save(current.without(what.kind()), current.version())) {
                throw new nl.regioan.shared.api.ConflictException("token", Message.of("mail.unsubscribe.retry"));
            }
            audit.record("MAIL_UNSUBSCRIBED", "account", Long.toString(what.accountId()), null,
                    Json.object("kind", what.kind().name()));
        }
        return what.kind();
    }
}

package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.access.domain.Actor;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;

/** The caller's own mail preferences; before the first save: no address, no digest, every kind on. */
@ApplicationScoped
public class ReadMailPreferences {

    @Inject
    MailPreferenceRepository preferences;

    public MailPreferences of(Actor actor) {
        return preferences.find(actor.accountId()).orElse(MailPreferences.none(actor.accountId()));
    }
}

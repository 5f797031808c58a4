package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;
import nl.regioan.mail.domain.Outbox;
import nl.regioan.mail.domain.RenderedMail;
import nl.regioan.shared.api.Messages;

/**
 * The port other features call to send a mail: it is written, in the receiver's language, to the
 * outbox in the caller's transaction (so a change that rolls back sends nothing) and delivered later
 * in the background, so a slow or failing mail server never delays or fails the caller's request.
 */
@ApplicationScoped
public class MailOutbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Outbox outbox;

    @Inject
    MailPreferenceRepository preferences;

    @Inject
    AccountRepository accounts;

    @Inject
    MailSite site;

    /**
     * Queues a mail of {@code kind} for the account. Nothing is queued (false) when the account is gone or
     * disabled, has no mail address, or switched this kind off. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean enqueue(long recipientAccountId, MailKind kind, MailContent content) {
        Optional<Account> account = accounts.findById(recipientAccountId).filter(Account::enabled);
        MailPreferences wanted = preferences.find(recipientAccountId).orElse(MailPreferences.none(recipientAccountId));
        if (account.isEmpty() || !wanted.wants(kind)) {
            return false;
        }
        Locale language = languageOf(account.get());
        String token = newToken();
        RenderedMail mail = RenderMail.render(site, wanted.deliverableAddress().orElseThrow(), language, kind, content, token);
        outbox.add(recipientAccountId, kind, language.getLanguage(), token, mail);
        return true;
    }

    /** The account's chosen language; Dutch when none was chosen (a mail has no Accept-Language). */
    public static Locale languageOf(Account account) {
        return account.language().filter("en"::equals).map(code -> Messages.ENGLISH).orElse(Messages.DUTCH);
    }

    /** 32 random bytes, base64url without padding: 43 characters. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

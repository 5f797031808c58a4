package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.shared.api.LanguagePreference;

/**
 * The signed-in person's own language choice, which the error layer prefers to Accept-Language
 * (the one bean implementing {@link LanguagePreference}). Read once per request, and only when a
 * text is written in the request's language.
 */
@RequestScoped
public class AccountLanguagePreference implements LanguagePreference {

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountRepository accounts;

    private Optional<Locale> chosen;

    @Override
    public Optional<Locale> language() {
        if (chosen == null) {
            chosen = currentActor.get().flatMap(actor -> accounts.findById(actor.accountId()))
                    .flatMap(Account::language).map(Locale::forLanguageTag);
        }
        return chosen;
    }
}

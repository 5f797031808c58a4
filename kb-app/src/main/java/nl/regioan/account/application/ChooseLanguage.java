package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.UnknownResourceException;

/** A person chooses the language of the pages and of the server's texts for their own account. */
@ApplicationScoped
public class ChooseLanguage {

    @Inject
    AccountRepository accounts;

    @Transactional
    public Account choose(Actor actor, String language) {
        String code = language == null ? "" : language.trim().toLowerCase(java.util.Locale.ROOT);
        if (!Account.LANGUAGES.contains(code)) {
            throw InvalidInputException.of("language", "account.language.unknown");
        }
        Account account = accounts.findById(actor.accountId())
                .orElseThrow(() -> UnknownResourceException.of("account.unknown", actor.accountId()));
        account.chooseLanguage(code);
        return account;
    }
}

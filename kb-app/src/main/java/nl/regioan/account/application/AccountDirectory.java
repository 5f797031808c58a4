package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;

/** Finds accounts and turns an enabled account into the actor of a request. */
@ApplicationScoped
public class AccountDirectory {

    @Inject
    AccountRepository accounts;

    /** The actor for an enabled account; empty when the account is gone or disabled. */
    public Optional<Actor> activeActor(long accountId) {
        return accounts.findById(accountId)
                .filter(Account::enabled)
                .map(AccountDirectory::toActor);
    }

    /** The account with this id, or a 404 naming it. */
    public Account require(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new UnknownResourceException("id", Message.of("account.notFound", accountId)));
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    public static Actor toActor(Account account) {
        return new Actor(account.id(), account.username(),
                account.municipality().map(Municipality::id).orElse(null), account.roles());
    }
}

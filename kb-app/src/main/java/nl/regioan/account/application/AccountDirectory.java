package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.region.domain.Municipality;

/** Finds accounts and turns an enabled account into the actor of a request. */
@ApplicationScoped
public class AccountDirectory {

    @PersistenceContext
    EntityManager entityManager;

    /** The actor for an enabled account; empty when the account is gone or disabled. */
    public Optional<Actor> activeActor(long accountId) {
        return Optional.ofNullable(entityManager.find(Account.class, accountId))
                .filter(Account::enabled)
                .map(AccountDirectory::toActor);
    }

    public Optional<Account> findByUsername(String username) {
        return entityManager.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public static Actor toActor(Account account) {
        return new Actor(account.id(), account.username(),
                account.municipality().map(Municipality::id).orElse(null), account.roles());
    }
}

package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.shared.api.Message;

/** Every account, for the administrator's list. */
@ApplicationScoped
public class ListAccounts {

    @Inject
    AccountRepository accounts;

    @Inject
    AccessPolicy policy;

    public List<Account> all(Actor actor) {
        policy.require(policy.canManageAccounts(actor), Message.of("access.refused.manageAccounts"));
        return accounts.all();
    }
}

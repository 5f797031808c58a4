package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** An administrator replaces an account's roles, on the version they saw (a stale one is refused). */
@ApplicationScoped
public class ChangeAccountRoles {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy policy;

    @Transactional
    public Account change(Actor actor, long accountId, List<String> roleCodes, long expectedVersion) {
        policy.require(policy.canManageAccounts(actor), Message.of("access.refused.manageAccounts"));
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = RequestedRoles.parse(roleCodes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = directory.require(accountId);
        if (account.version() != expectedVersion) {
            throw ConflictException.of("account.conflict");
        }
        String before = AccountAuditText.describe(account);
        account.replaceRoles(roles);
        accounts.update(account);
        audit.record("account.roles", "account", account.id(), before, AccountAuditText.describe(account));
        return account;
    }
}

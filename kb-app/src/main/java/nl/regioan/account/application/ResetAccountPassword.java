package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.shared.api.Message;

/** An administrator gives an account a new one-time password (the person must change it at login). */
@ApplicationScoped
public class ResetAccountPassword {

    @Inject
    AccountDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy policy;

    @Transactional
    public IssuedPassword reset(Actor actor, long accountId) {
        policy.require(policy.canManageAccounts(actor), Message.of("access.refused.manageAccounts"));
        Account account = directory.require(accountId);
        String password = temporaryPasswords.next();
        account.changePassword(hasher.hash(password), true);
        audit.record("account.password-reset", "account", account.id(), null, null);
        return new IssuedPassword(account, password);
    }
}

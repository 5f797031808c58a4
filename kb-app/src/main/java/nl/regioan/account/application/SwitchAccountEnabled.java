package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.audit.application.Json;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** An administrator disables or enables an account; nobody disables their own (the region would lose its last admin). */
@ApplicationScoped
public class SwitchAccountEnabled {

    @Inject
    AccountDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy policy;

    @Transactional
    public Account set(Actor actor, long accountId, boolean enabled) {
        policy.require(policy.canManageAccounts(actor), Message.of("access.refused.manageAccounts"));
        Account account = directory.require(accountId);
        if (!enabled && account.id().equals(actor.accountId())) {
            throw InvalidInputException.of("enabled", "account.disableSelf");
        }
        boolean before = account.enabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(enabled ? "account.enable" : "account.disable", "account", account.id(),
                Json.object("enabled", before), Json.object("enabled", enabled));
        return account;
    }
}

package nl.regioan.account.application;

import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.audit.application.Json;

/** How an account is written into the audit log, before and after a change (never its password). */
final class AccountAuditText {

    private AccountAuditText() {
    }

    static String describe(Account account) {
        return Json.object("username", account.username(), "displayName", account.displayName(),
                "municipality", account.municipality().map(m -> m.cbsCode().value()).orElse(null),
                "roles", account.roles().stream().map(Role::code).sorted().toList(),
                "enabled", account.enabled());
    }
}

package nl.regioan.account.interfaces.rest;

import java.time.Instant;
import java.util.List;
import nl.regioan.account.domain.Account;
import nl.regioan.access.domain.Role;

/** An account as administrators see it; temporaryPassword only right after creation or reset. */
public record AccountView(long id, String username, String displayName, String municipality,
                          String municipalityName, List<String> roles, boolean enabled, boolean mustChangePassword,
                          Instant createdAt, long version, String temporaryPassword) {

    static AccountView of(Account account, String temporaryPassword) {
        return new AccountView(account.id(), account.username(), account.displayName(),
                account.municipality().map(m -> m.cbsCode().value()).orElse(null),
                account.municipality().map(m -> m.name()).orElse(null),
                account.roles().stream().map(Role::code).sorted().toList(), account.enabled(),
                account.mustChangePassword(), account.createdAt(), account.version(), temporaryPassword);
    }
}

package nl.regioan.account.interfaces.rest;

import java.util.List;
import nl.regioan.account.domain.Account;
import nl.regioan.access.domain.Role;
import nl.regioan.region.domain.Municipality;
import nl.regioan.account.interfaces.web.SessionLogin;

/**
 * The logged-in account as its owner sees it; csrfToken is present for session logins; language is
 * the person's choice ("nl" or "en"), or null when they have not chosen.
 */
public record Me(long id, String username, String displayName, String municipality, String municipalityCbsCode,
                 List<String> roles, boolean mustChangePassword, String csrfToken, String language) {

    static Me of(Account account, SessionLogin login) {
        return new Me(account.id(), account.username(), account.displayName(),
                account.municipality().map(Municipality::name).orElse(null),
                account.municipality().map(m -> m.cbsCode().value()).orElse(null),
                account.roles().stream().map(Role::code).sorted().toList(),
                login == null ? account.mustChangePassword() : login.mustChangePassword(),
                login == null ? null : login.csrfToken(), account.language().orElse(null));
    }
}

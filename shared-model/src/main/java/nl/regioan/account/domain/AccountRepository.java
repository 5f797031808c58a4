package nl.regioan.account.domain;

import java.util.List;
import java.util.Optional;
import nl.regioan.access.domain.Role;

/** The stored accounts. */
public interface AccountRepository {

    Optional<Account> findById(long id);

    Optional<Account> findByUsername(String username);

    /** Every account, by username. */
    List<Account> all();

    /** How many accounts hold {@code role}, enabled or not. */
    long countWithRole(Role role);

    /** Stores a new account and gives it its id. */
    void add(Account account);

    /** Writes the changes of {@code account} now, so its version is the stored one. */
    void update(Account account);
}

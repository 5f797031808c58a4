package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.access.domain.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return entityManager.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> all() {
        return entityManager.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    @Override
    public long countWithRole(Role role) {
        return entityManager.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public void add(Account account) {
        entityManager.persist(account);
        entityManager.flush();
    }

    @Override
    public void update(Account account) {
        entityManager.flush();
    }
}

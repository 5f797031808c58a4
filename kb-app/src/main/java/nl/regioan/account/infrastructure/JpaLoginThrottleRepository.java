package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.regioan.account.domain.LoginThrottle;
import nl.regioan.account.domain.LoginThrottleRepository;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public LoginThrottle lockFor(String username, String clientAddress) {
        // An upsert takes the row's exclusive lock whether it inserts or finds the row; a plain
        // INSERT IGNORE would take a shared lock, and two attempts upgrading it deadlock.
        entityManager.createNativeQuery("INSERT INTO login_throttle (username, client_address, failures, first_failure) VALUES (?, ?, 0, CURRENT_TIMESTAMP(3))"
                        + " ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, username)
                .setParameter(2, clientAddress)
                .executeUpdate();
        return entityManager.createQuery(
                        "select t from LoginThrottle t where t.username = :username and t.clientAddress = :address",
                        LoginThrottle.class)
                .setParameter("username", username)
                .setParameter("address", clientAddress)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    @Override
    public void remove(LoginThrottle throttle) {
        entityManager.remove(throttle);
    }
}

package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.regioan.account.domain.LoginThrottle;
import nl.regioan.account.domain.LoginThrottleRepository;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<LoginThrottle> find(String username, String clientAddress) {
        return entityManager.createQuery(
                        "select t from LoginThrottle t where t.username = :username and t.clientAddress = :address",
                        LoginThrottle.class)
                .setParameter("username", username)
                .setParameter("address", clientAddress)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(LoginThrottle throttle) {
        entityManager.persist(throttle);
    }

    @Override
    public void remove(LoginThrottle throttle) {
        entityManager.remove(throttle);
    }
}

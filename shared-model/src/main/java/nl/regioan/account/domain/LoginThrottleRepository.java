package nl.regioan.account.domain;

import java.util.Optional;

/** The failed-login counts, one per username and client address. */
public interface LoginThrottleRepository {

    Optional<LoginThrottle> find(String username, String clientAddress);

    void add(LoginThrottle throttle);

    void remove(LoginThrottle throttle);
}

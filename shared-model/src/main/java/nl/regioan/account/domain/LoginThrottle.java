package nl.regioan.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins for one username from one client address. After {@link #MAX_FAILURES} failures
 * further attempts from that address are refused for {@link #LOCK}; then the count starts over.
 * Keyed by address as well as name, so an attacker cannot lock a colleague out of their own desk,
 * and the lock is short, so no account is ever locked for good.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "client_address")
    private String clientAddress;

    private int failures;

    @Column(name = "first_failure")
    private Instant firstFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, String clientAddress) {
        this.username = username;
        this.clientAddress = clientAddress;
    }

    /** When locked at {@code now}, the moment attempts are accepted again. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    public void recordFailure(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0; // a served lock wipes the slate
            lockedUntil = null;
        }
        if (failures == 0) {
            firstFailure = now;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public int failures() {
        return failures;
    }
}

package nl.regioan.account.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.LoginThrottle;
import nl.regioan.account.domain.LoginThrottleRepository;
import nl.regioan.audit.application.AuditTrail;

/** Checks a username and password, with throttling and an audit entry for every failure. */
@ApplicationScoped
public class LoginService {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject
    LoginThrottleRepository throttles;

    @Inject
    Clock clock;

    @Inject
    AccountDirectory accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    /** The outcome of an attempt; a failure is committed (counted and audited), not rolled back. */
    public sealed interface Outcome {
        record Success(Account account) implements Outcome { }
        record Refused(Message reason) implements Outcome { }
        record Throttled(Message reason) implements Outcome { }
    }

    @Transactional
    public Outcome login(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.lockFor(username, clientAddress);
        Optional<Instant> lockedUntil = throttle.lockedAt(now);
        if (lockedUntil.isPresent()) {
            audit.recordAnonymous(username, "login.throttled", "account", null, null);
            return new Outcome.Throttled(Message.of("login.throttled", CLOCK.format(lockedUntil.get())));
        }
        Optional<Account> account = accounts.findByUsername(username);
        // Verify against a hash even for unknown names, so timing does not tell which names exist.
        boolean passwordMatches = hasher.matches(password, account.map(Account::passwordHash).orElse(hasher.dummyHash()));
        if (account.isEmpty() || !passwordMatches || !account.get().enabled()) {
            throttle.recordFailure(now);
            audit.recordAnonymous(username, "login.failed", "account", account.map(Account::id).orElse(null),
                    account.isPresent() && !account.get().enabled() ? "account disabled" : "wrong username or password");
            return new Outcome.Refused(Message.of("login.refused"));
        }
        throttles.remove(throttle); // success clears the count
        audit.recordAnonymous(username, "login.succeeded", "account", account.get().id(), null);
        return new Outcome.Success(account.get());
    }
}

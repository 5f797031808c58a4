package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.account.domain.ApiToken;
import nl.regioan.account.domain.ApiTokenRepository;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Personal API tokens for machine clients. The secret is shown once at creation; only its SHA-256
 * hash is stored (a token is 256 random bits, so a slow hash adds nothing).
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "kbt_";
    private static final int MAX_DAYS = 365;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    TokenUse tokenUse;

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    private final SecureRandom random = new SecureRandom();

    /** The caller's token for {@code secret}, when it exists, is not revoked or expired, and its account is enabled. */
    @Transactional
    public Optional<Actor> authenticate(String secret) {
        if (secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(secret))
                .filter(token -> token.usableAt(now))
                .filter(token -> token.account().enabled())
                .map(token -> {
                    recordUse(token, now);
                    return AccountDirectory.toActor(token.account());
                });
    }

    /**
     * Writes the last use down in its own small transaction, outside the token's version: parallel
     * requests with one token must never conflict over it, and a failure to record costs a log line,
     * never the request.
     */
    private void recordUse(ApiToken token, Instant now) {
        if (!token.useWorthRecording(now)) {
            return;
        }
        try {
            tokenUse.record(token.id(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the use of API token " + token.id() + ": " + e);
        }
    }

    /** Creates a token; the returned secret is never retrievable again. */
    @Transactional
    public CreatedToken create(Actor owner, String name, Integer validDays) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("name", "give the token a name of 1 to 100 characters, e.g. 'import from our BI system'");
        }
        int days = validDays == null ? 90 : validDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("validDays", "a token is valid for 1 to " + MAX_DAYS + " days");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Account account = accounts.findById(owner.accountId()).orElseThrow();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(account, cleanName, hash(secret), now, now.plus(Duration.ofDays(days)));
        tokens.add(token);
        audit.record("token.create", "api_token", token.id(), null,
                Json.object("name", cleanName, "expiresAt", token.expiresAt().toString()));
        return new CreatedToken(token, secret);
    }

    public List<ApiToken> ownedBy(Actor owner) {
        return tokens.ownedBy(owner.accountId());
    }

    /** Revokes one of the owner's tokens; false when the owner has no such token. */
    @Transactional
    public boolean revoke(Actor owner, long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElse(null);
        if (token == null || !token.account().id().equals(owner.accountId())) {
            return false;
        }
        if (token.revokedAt().isEmpty()) {
            token.revoke(clock.instant());
            audit.record("token.revoke", "api_token", token.id(), null, null);
        }
        return true;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new token and its secret, which is shown to the user once. */
    public record CreatedToken(ApiToken token, String secret) {
    }
}

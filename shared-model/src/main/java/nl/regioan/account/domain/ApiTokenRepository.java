package nl.regioan.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored API tokens, found by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findById(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** The tokens of one account, newest first. */
    List<ApiToken> ownedBy(long accountId);

    /**
     * Writes {@code at} as the token's last use when the stored one is older than {@code notAfter} (or
     * absent), without touching the token's version; true when it wrote.
     */
    boolean recordUse(long tokenId, Instant at, Instant notAfter);

    /** Stores a new token and gives it its id. */
    void add(ApiToken token);
}

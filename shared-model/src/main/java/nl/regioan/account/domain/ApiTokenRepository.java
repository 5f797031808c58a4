package nl.regioan.account.domain;

import java.util.List;
import java.util.Optional;

/** The stored API tokens, found by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findById(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** The tokens of one account, newest first. */
    List<ApiToken> ownedBy(long accountId);

    /** Stores a new token and gives it its id. */
    void add(ApiToken token);
}

package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.regioan.account.domain.ApiToken;
import nl.regioan.account.domain.ApiTokenRepository;

/**
 * Records that a token was used, in a transaction of its own: a plain conditional UPDATE that leaves
 * the token's @Version alone (so it never makes a parallel request fail with an optimistic lock),
 * writes only when the stored time is older than {@link ApiToken#USE_RECORDED_EVERY}, and holds the
 * row lock for one statement.
 */
@ApplicationScoped
public class TokenUse {

    @Inject
    ApiTokenRepository tokens;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long tokenId, Instant now) {
        tokens.recordUse(tokenId, now, now.minus(ApiToken.USE_RECORDED_EVERY));
    }
}

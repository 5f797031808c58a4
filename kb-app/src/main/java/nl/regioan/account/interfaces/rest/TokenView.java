package nl.regioan.account.interfaces.rest;

import java.time.Instant;
import nl.regioan.account.domain.ApiToken;

/** An API token; {@code secret} is only filled in the answer to its creation. */
public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                        Instant lastUsedAt, String secret) {

    static TokenView of(ApiToken token, String secret) {
        return new TokenView(token.id(), token.name(), token.createdAt(), token.expiresAt(),
                token.revokedAt().orElse(null), token.lastUsedAt().orElse(null), secret);
    }
}

package nl.regioan.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A personal API token; only the hash of its secret is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How precisely the last use is kept (see {@link #useWorthRecording(Instant)}). */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    /**
     * Whether a use at {@code now} should be written down: the last-used time is kept to the minute,
     * so a script sending many requests writes it about once a minute, not on every request.
     */
    public boolean useWorthRecording(Instant now) {
        return useWorthRecording(lastUsedAt, now);
    }

    /** The rule of {@link #useWorthRecording(Instant)} for a stored last use (null: never used). */
    public static boolean useWorthRecording(Instant lastUsed, Instant now) {
        return lastUsed == null || !lastUsed.isAfter(now.minus(USE_RECORDED_EVERY));
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}

package nl.regioan.kb.watch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One person following one theme (by code) or one item (by id); changes after lastSeenAt are new to them. */
@Entity
@Table(name = "kb_watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private WatchTarget targetType;

    private String target;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Version
    private long version;

    protected Watch() {
    }

    public Watch(long accountId, WatchTarget targetType, String target, Instant since) {
        this.accountId = accountId;
        this.targetType = targetType;
        this.target = target;
        this.lastSeenAt = since;
    }

    /** True when a change at {@code changedAt} happened after the last visit. */
    public boolean isNew(Instant changedAt) {
        return changedAt != null && changedAt.isAfter(lastSeenAt);
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public WatchTarget targetType() {
        return targetType;
    }

    public String target() {
        return target;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}

package nl.regioan.mail.domain;

import java.time.Instant;
import java.util.Optional;

/** Occasions that get one mail per account (a digest's period, a reminder's day), kept by a unique key. */
public interface MailOnce {

    /**
     * Records {@code occasion} for the account in the caller's transaction; false when it is recorded
     * already (by this node or another), and then no mail may be sent for it.
     */
    boolean claim(long accountId, String occasion, Instant coveredUntil);

    /** Until when the latest occasion starting with {@code prefix} covered (e.g. the last digest). */
    Optional<Instant> lastCoveredUntil(long accountId, String prefix);
}

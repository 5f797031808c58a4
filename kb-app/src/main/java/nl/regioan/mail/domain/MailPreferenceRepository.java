package nl.regioan.mail.domain;

import java.util.List;
import java.util.Optional;

/** Stores each person's mail preferences. */
public interface MailPreferenceRepository {

    Optional<MailPreferences> find(long accountId);

    /** Everyone whose digest has this frequency and who has an address. */
    List<MailPreferences> withDigest(DigestFrequency frequency);

    /**
     * Stores {@code preferences} when the stored version is still {@code expectedVersion} (0: none stored);
     * false when another save came first.
     */
    boolean save(MailPreferences preferences, long expectedVersion);
}

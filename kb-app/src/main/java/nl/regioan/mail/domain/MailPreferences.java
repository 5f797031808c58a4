package nl.regioan.mail.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one person wants to receive. Without an address nothing is sent; the digest has its
 * frequency, every other kind is on unless switched off.
 *
 * @param digestSince when the digest was switched on: the first digest looks no further back
 * @param version for If-Match; 0 before the first save
 */
public record MailPreferences(long accountId, String address, DigestFrequency digest, Set<MailKind> off,
                              Instant digestSince, long version) {

    public MailPreferences {
        off = off.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(MailKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(off));
    }

    /** Nothing chosen yet: no address, no digest, every kind on. */
    public static MailPreferences none(long accountId) {
        return new MailPreferences(accountId, null, DigestFrequency.NONE, Set.of(), null, 0);
    }

    public Optional<String> deliverableAddress() {
        return Optional.ofNullable(address).filter(a -> !a.isBlank());
    }

    /** True when a mail of {@code kind} may go to this person. */
    public boolean wants(MailKind kind) {
        if (deliverableAddress().isEmpty()) {
            return false;
        }
        if (kind == MailKind.DIGEST) {
            return digest != DigestFrequency.NONE && !off.contains(MailKind.DIGEST);
        }
        return !off.contains(kind);
    }

    /** The same preferences with {@code kind} switched off (what the unsubscribe link does). */
    public MailPreferences without(MailKind kind) {
        Set<MailKind> fewer = EnumSet.noneOf(MailKind.class);
        fewer.addAll(off);
        fewer.add(kind);
        return new MailPreferences(accountId, address, kind == MailKind.DIGEST ? DigestFrequency.NONE : digest, fewer,
                digestSince, version);
    }
}

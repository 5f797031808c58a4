package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.mail.domain.DigestFrequency;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * The caller sets their own mail address, digest frequency and which kinds of mail they want. Every
 * field is checked before anything is stored; a stale If-Match is refused (409) with nothing saved.
 */
@ApplicationScoped
public class ChangeMailPreferences {

    /** One address: no spaces, no list separators or angle brackets, exactly one @ with text on both sides. */
    private static final Pattern ADDRESS = Pattern.compile("[\\p{Graph}&&[^@<>,;\"()\\[\\]\\\\]]{1,64}@[\\p{Graph}&&[^@<>,;\"()\\[\\]\\\\]]{1,189}");

    @Inject
    MailPreferenceRepository preferences;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** If-Match named another version than the stored one: nothing was saved. */
    public static final class StalePreferences extends ConflictException {
        public StalePreferences(long current) {
            super("If-Match", Message.of("mail.preferences.stale", current));
        }
    }

    /** What the caller sends; kinds left out keep their setting. */
    public record Change(String address, String digest, Map<String, Boolean> kinds) {
    }

    @Transactional
    public MailPreferences change(Actor actor, Change change, Optional<Long> expectedVersion) {
        MailPreferences current = preferences.find(actor.accountId()).orElse(MailPreferences.none(actor.accountId()));
        List<FieldError> errors = new ArrayList<>();
        String address = change.address() == null || change.address().isBlank() ? null : change.address().strip();
        if (address != null && (address.length() > 254 || !ADDRESS.matcher(address).matches())) {
            errors.add(FieldError.of("address", "mail.address", Message.shorten(address)));
        }
        DigestFrequency digest = change.digest() == null ? current.digest() : DigestFrequency.parse(change.digest()).orElse(null);
        if (digest == null) {
            errors.add(FieldError.of("digest", "mail.digest", Message.shorten(change.digest()),
                    String.join(", ", DigestFrequency.names())));
        }
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
        off.addAll(current.off());
        if (change.kinds() != null) {
            for (Map.Entry<String, Boolean> entry : change.kinds().entrySet()) {
                Optional<MailKind> kind = MailKind.parse(entry.getKey());
                if (kind.isEmpty()) {
                    errors.add(FieldError.of("/kinds/" + entry.getKey(), "mail.kind.unknown", Message.shorten(entry.getKey()),
                            String.join(", ", MailKind.names())));
                } else if (entry.getValue() == null) {
                    errors.add(FieldError.of("/kinds/" + entry.getKey(), "mail.kind.onOff"));
                } else if (entry.getValue()) {
                    off.remove(kind.get());
                } else {
                    off.add(kind.get());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
            throw new StalePreferences(current.version());
        }
        // the first digest looks back to when it was switched on (or its frequency changed), not further
        Instant since = digest == current.digest() ? current.digestSince() : clock.instant();
        MailPreferences changed = new MailPreferences(actor.accountId(), address, digest, off, since, current.version());
        if (!preferences.save(changed, current.version())) {
            throw new StalePreferences(current.version());
        }
        audit.record("MAIL_PREFERENCES_CHANGED", "account", Long.toString(actor.accountId()), describe(current),
                describe(changed));
        return preferences.find(actor.accountId()).orElseThrow();
    }

    private static String describe(MailPreferences p) {
        return Json.object("address", p.address() == null ? "" : p.address(), "digest", p.digest().name(),
                "off", p.off().stream().map(Enum::name).sorted().toList().toString());
    }
}

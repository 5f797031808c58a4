package nl.regioan.mail.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MailPreferencesTest {

    @Test
    void withoutAnAddressNothingIsWanted() {
        MailPreferences none = MailPreferences.none(7);
        for (MailKind kind : MailKind.values()) {
            assertFalse(none.wants(kind), kind.name());
        }
    }

    @Test
    void everyKindIsOnUnlessSwitchedOffAndTheDigestNeedsAFrequency() {
        MailPreferences p = new MailPreferences(7, "an@arnhem.nl", DigestFrequency.NONE, Set.of(MailKind.FORM_SUBMITTED), null, 1);
        assertTrue(p.wants(MailKind.NEW_ANSWER));
        assertTrue(p.wants(MailKind.DEADLINE_REMINDER));
        assertFalse(p.wants(MailKind.FORM_SUBMITTED));
        assertFalse(p.wants(MailKind.DIGEST));
        MailPreferences daily = new MailPreferences(7, "an@arnhem.nl", DigestFrequency.DAILY, Set.of(), null, 1);
        assertTrue(daily.wants(MailKind.DIGEST));
    }

    @Test
    void unsubscribingSwitchesOffOnlyThatKind() {
        MailPreferences daily = new MailPreferences(7, "an@arnhem.nl", DigestFrequency.DAILY, Set.of(), null, 1);
        MailPreferences noDigest = daily.without(MailKind.DIGEST);
        assertFalse(noDigest.wants(MailKind.DIGEST));
        assertTrue(noDigest.wants(MailKind.NEW_ANSWER));
        MailPreferences noAnswers = daily.without(MailKind.NEW_ANSWER);
        assertFalse(noAnswers.wants(MailKind.NEW_ANSWER));
        assertTrue(noAnswers.wants(MailKind.DIGEST));
    }
}

package nl.regioan.account.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aFirstUseIsRecorded() {
        assertTrue(ApiToken.useWorthRecording(null, NOW));
    }

    @Test
    void usesWithinAMinuteOfTheRecordedOneAreNotWrittenAgain() {
        assertFalse(ApiToken.useWorthRecording(NOW.minusSeconds(59), NOW));
        assertFalse(ApiToken.useWorthRecording(NOW, NOW));
        assertFalse(ApiToken.useWorthRecording(NOW.plusSeconds(5), NOW), "a clock a little behind another node's");
        assertTrue(ApiToken.useWorthRecording(NOW.minusSeconds(60), NOW));
        assertTrue(ApiToken.useWorthRecording(NOW.minusSeconds(3600), NOW));
    }
}

package nl.regioan.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-11-29T09:00:00Z");

    @Test
    void nineFailuresDoNotLock() {
        LoginThrottle throttle = new LoginThrottle("jan", "10.0.0.1");
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure(start.plusSeconds(i));
        }
        assertFalse(throttle.lockedAt(start.plusSeconds(10)).isPresent());
    }

    @Test
    void theTenthFailureLocksForFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle("jan", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(start);
        }
        assertEquals(start.plus(LoginThrottle.LOCK), throttle.lockedAt(start).orElseThrow());
        assertTrue(throttle.lockedAt(start.plusSeconds(14 * 60)).isPresent());
        assertFalse(throttle.lockedAt(start.plusSeconds(15 * 60)).isPresent());
    }

    @Test
    void aServedLockStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle("jan", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(start);
        }
        throttle.recordFailure(start.plus(LoginThrottle.LOCK));
        assertEquals(1, throttle.failures());
        assertFalse(throttle.lockedAt(start.plus(LoginThrottle.LOCK)).isPresent());
    }
}

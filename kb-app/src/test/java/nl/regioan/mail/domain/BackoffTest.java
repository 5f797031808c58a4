package nl.regioan.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30), 6);

    @Test
    void eachRetryWaitsTwiceAsLongUpToTheLongestWait() {
        assertEquals(Duration.ofMinutes(1), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), backoff.delayAfter(3));
        assertEquals(Duration.ofMinutes(16), backoff.delayAfter(5));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(6));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(1_000_000));
    }

    @Test
    void givesUpAfterTheLastAttemptOnly() {
        assertFalse(backoff.givesUpAfter(5));
        assertTrue(backoff.givesUpAfter(6));
        assertTrue(backoff.givesUpAfter(7));
    }

    @Test
    void refusesARuleThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0));
    }
}

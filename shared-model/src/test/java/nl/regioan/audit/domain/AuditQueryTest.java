package nl.regioan.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static AuditQuery withLimit(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    @Test
    void limitIsBetweenOneAndTheMaximum() {
        assertEquals(1, withLimit(1).limit());
        assertEquals(AuditQuery.MAX_LIMIT, withLimit(AuditQuery.MAX_LIMIT).limit());
        assertThrows(IllegalArgumentException.class, () -> withLimit(0));
        assertThrows(IllegalArgumentException.class, () -> withLimit(AuditQuery.MAX_LIMIT + 1));
    }
}

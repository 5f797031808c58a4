package nl.regioan.monitoring.value.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormViewETagTest {

    private static FormView.Line line(Long id, Long version, String status) {
        return new FormView.Line("REG_RNI", "RNI", "RNI", "COUNT", BigDecimal.ZERO, null, id, BigDecimal.TEN, status, null,
                null, version, List.of(), null, List.of(), null);
    }

    private static FormView form(boolean closed, FormView.Line... lines) {
        return new FormView("GM0202", "Arnhem", "2024-Q3", null, closed, "IN_PROGRESS", List.of(lines));
    }

    @Test
    void theSameStateHasTheSameETag() {
        assertEquals(form(false, line(1L, 3L, "DRAFT")).etag(), form(false, line(1L, 3L, "DRAFT")).etag());
    }

    @Test
    void aNewValueAChangeAStatusOrAClosedPeriodChangeTheETag() {
        String base = form(false, line(1L, 3L, "DRAFT")).etag();
        assertNotEquals(base, form(false, line(null, null, null)).etag());
        assertNotEquals(base, form(false, line(1L, 4L, "DRAFT")).etag());
        assertNotEquals(base, form(false, line(1L, 3L, "SUBMITTED")).etag());
        assertNotEquals(base, form(true, line(1L, 3L, "DRAFT")).etag());
    }

    @Test
    void ifMatchIgnoresQuotesAndTheWeakPrefixAndAcceptsAStar() {
        FormView view = form(false, line(1L, 3L, "DRAFT"));
        assertTrue(view.matches("\"" + view.etag() + "\""));
        assertTrue(view.matches("W/\"" + view.etag() + "\""));
        assertTrue(view.matches("\"other\", \"" + view.etag() + "\""));
        assertTrue(view.matches("*"));
        assertFalse(view.matches("\"form-0-0\""));
    }
}

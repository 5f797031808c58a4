package nl.regioan.monitoring.value.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import nl.regioan.monitoring.period.domain.Period;
import org.junit.jupiter.api.Test;

class ValueWorkflowTest {

    private static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");

    private static IndicatorValue draft(String value) {
        IndicatorValue v = new IndicatorValue(null, 1L, "GM0202", Period.parse("2024-Q3"), "steward", NOW);
        v.enter(new BigDecimal(value), null, false, false, null, "steward", NOW);
        return v;
    }

    @Test
    void draftSubmittedApproved() {
        IndicatorValue value = draft("12");
        assertEquals(ValueStatus.DRAFT, value.status());
        ValueChange submitted = value.submit("steward", NOW);
        assertEquals(ValueStatus.SUBMITTED, value.status());
        assertEquals(ValueStatus.DRAFT, submitted.oldStatus());
        value.approve("coordinator", NOW);
        assertEquals(ValueStatus.APPROVED, value.status());
    }

    @Test
    void sentBackWithAReasonThenSubmittedAgain() {
        IndicatorValue value = draft("12");
        value.submit("steward", NOW);
        assertThrows(WorkflowException.class, () -> value.sendBack(" ", "coordinator", NOW));
        ValueChange back = value.sendBack("Q3 looks like Q2", "coordinator", NOW);
        assertEquals(ValueStatus.RETURNED, value.status());
        assertEquals("Q3 looks like Q2", value.returnReason());
        assertTrue(back.comment().contains("Q3 looks like Q2"));
        value.enter(new BigDecimal("14"), "corrected", false, false, null, "steward", NOW);
        value.submit("steward", NOW);
        assertEquals(ValueStatus.SUBMITTED, value.status());
    }

    @Test
    void onlySubmittedValuesAreApproved() {
        IndicatorValue value = draft("12");
        assertThrows(WorkflowException.class, () -> value.approve("coordinator", NOW));
        assertThrows(WorkflowException.class, () -> value.sendBack("why", "coordinator", NOW));
    }

    @Test
    void changingASubmittedValueTakesItBackToDraft() {
        IndicatorValue value = draft("12");
        value.submit("steward", NOW);
        value.enter(new BigDecimal("13"), null, false, false, null, "steward", NOW);
        assertEquals(ValueStatus.DRAFT, value.status());
        assertThrows(WorkflowException.class, () -> value.approve("coordinator", NOW));
    }

    @Test
    void anApprovedValueChangesOnlyByTheCoordinatorWithAReason() {
        IndicatorValue value = draft("12");
        value.submit("steward", NOW);
        value.approve("coordinator", NOW);
        assertThrows(WorkflowException.class, () -> value.enter(new BigDecimal("13"), null, false, false, null, "steward", NOW));
        assertThrows(WorkflowException.class, () -> value.submit("steward", NOW));
        assertThrows(WorkflowException.class, () -> value.enter(new BigDecimal("13"), null, false, true, "", "coordinator", NOW));
        ValueChange change = value.enter(new BigDecimal("13"), null, false, true, "typo in CBS file", "coordinator", NOW);
        assertEquals(0, new BigDecimal("12").compareTo(change.oldValue()));
        assertEquals(0, new BigDecimal("13").compareTo(change.newValue()));
        assertTrue(change.comment().contains("typo in CBS file"));
        assertEquals(ValueStatus.APPROVED, value.status());
    }

    @Test
    void aClosedPeriodChangesOnlyByTheCoordinator() {
        IndicatorValue value = draft("12");
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> value.enter(new BigDecimal("13"), null, true, false, null, "steward", NOW));
        assertTrue(e.getMessage().contains("closed"));
        value.enter(new BigDecimal("13"), null, true, true, "late delivery agreed", "coordinator", NOW);
        assertEquals(0, new BigDecimal("13").compareTo(value.value()));
    }

    @Test
    void anEmptyValueCannotBeSubmitted() {
        IndicatorValue value = new IndicatorValue(null, 1L, "GM0202", Period.parse("2024-Q3"), "steward", NOW);
        assertThrows(WorkflowException.class, () -> value.submit("steward", NOW));
    }

    @Test
    void approvedOrClosedIsProtected() {
        IndicatorValue value = draft("12");
        assertFalse(value.isProtected(false));
        assertTrue(value.isProtected(true));
        value.submit("steward", NOW);
        value.approve("coordinator", NOW);
        assertTrue(value.isProtected(false));
    }

    @Test
    void holdsTheSameFigureWrittenDifferentlyAndABlankCommentAsNone() {
        IndicatorValue value = draft("12");
        assertTrue(value.holds(new BigDecimal("12.0000"), "  "));
        assertFalse(value.holds(new BigDecimal("12.5"), null));
        assertFalse(value.holds(new BigDecimal("12"), "checked"));
        assertEquals("1200", IndicatorValue.plain(new BigDecimal("1.2E+3")).toPlainString());
    }
}

package nl.regioan.monitoring.value.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the entry form shows for one area and period.
 *
 * @param deadline null when the coordinator has not set one
 */
public record FormView(String area, String areaName, String period, LocalDate deadline, boolean closed,
                       String status, List<Line> lines) {

    /** One indicator due in the period, with its context. */
    public record Line(String indicator, String nameNl, String nameEn, String unit, BigDecimal min, BigDecimal max,
                       Long valueId, BigDecimal value, String status, String comment, String returnReason,
                       Long version, List<PastValue> previous, PastValue baseline, List<String> warnings) {
    }

    public record PastValue(String period, BigDecimal value) {
    }
}

package nl.regioan.monitoring.aggregation.domain;

import java.math.BigDecimal;

/**
 * One area's value in an area aggregation.
 *
 * @param value  null when the area did not report
 * @param weight the weight for a weighted mean (e.g. the number of workers), null when there is none
 */
public record AreaValue(String area, BigDecimal value, BigDecimal weight) {
}

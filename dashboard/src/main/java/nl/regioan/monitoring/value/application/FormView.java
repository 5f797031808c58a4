package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the entry form shows for one area and period.
 *
 * @param deadline null when the coordinator has not set one
 * @param etag     the form's state (every value's id, version and status): also sent as the ETag header,
 *                 so a save with an older one is refused (412) instead of overwriting a colleague's work
 */
public record FormView(String area, String areaName, String period, LocalDate deadline, boolean closed,
                       String status, List<Line> lines, String etag) {

    public FormView(String area, String areaName, String period, LocalDate deadline, boolean closed, String status,
                    List<Line> lines) {
        this(area, areaName, period, deadline, closed, status, lines, etagOf(closed, status, lines));
    }

    /** Changes whenever a value is added, changed (its version rises) or changes status, or the period closes. */
    static String etagOf(boolean closed, String status, List<Line> lines) {
        StringBuilder state = new StringBuilder(closed ? "closed|" : "open|").append(status);
        for (Line line : lines) {
            state.append('|').append(line.indicator()).append(':').append(line.valueId()).append(':')
                    .append(line.version()).append(':').append(line.status());
        }
        return "form-" + Integer.toHexString(state.toString().hashCode()) + "-" + Integer.toHexString(state.length());
    }

    /** True when the If-Match header names this state (or is "*"); quotes and a weak prefix are ignored. */
    public boolean matches(String ifMatch) {
        for (String tag : ifMatch.split(",")) {
            String bare = tag.trim().replaceFirst("^W/", "").replace("\"", "");
            if (bare.equals("*") || bare.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** One indicator due in the period, with its context; {@code source} is set for a figure from CBS (read-only). */
    @Schema(name = "FormLine")
    public record Line(String indicator, String nameNl, String nameEn, String unit, BigDecimal min, BigDecimal max,
                       Long valueId, BigDecimal value, String status, String comment, String returnReason,
                       Long version, List<PastValue> previous, PastValue baseline, List<Message> warnings,
                       Source source) {
    }

    /** Where a figure published by CBS came from, shown beside it ("Bron: CBS" for the licence). */
    @Schema(name = "PublicFigureSource")
    public record Source(String attribution, String table, String measure, LocalDate downloaded, Long importId) {

        public static Source of(nl.regioan.monitoring.value.domain.PublicSource source) {
            return source == null ? null : new Source(nl.regioan.monitoring.value.domain.PublicSource.ATTRIBUTION,
                    source.table(), source.measure(), source.downloaded(), source.importId());
        }
    }

    public record PastValue(String period, BigDecimal value) {
    }
}

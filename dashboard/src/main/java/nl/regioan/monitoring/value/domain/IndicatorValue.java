package nl.regioan.monitoring.value.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.monitoring.period.domain.Period;

/**
 * The value of one indicator for one area (a municipality, or the region as a whole) in one period,
 * with its workflow: draft -> submitted -> approved, or sent back with a reason. Every change
 * returns the {@link ValueChange} to keep in the history.
 */
@Entity
@Table(name = "monitoring_value")
public class IndicatorValue {

    /** The comment column holds 2000 characters. */
    public static final int MAX_COMMENT = 2000;


    public static final String REGION_AREA = "REGION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private IndicatorDefinition indicator;

    /** Null for a region-wide value. */
    @Column(name = "municipality_id")
    private Long municipalityId;

    /** The CBS code, or REGION: one unique key for both kinds of area. */
    @Column(name = "area_code", nullable = false, length = 10)
    private String areaCode;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "value")
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ValueStatus status = ValueStatus.DRAFT;

    @Column(name = "comment")
    private String comment;

    /** The reason given when the coordinator sent it back. */
    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Set when the figure was imported from CBS; null for figures entered by the municipality. */
    @Embedded
    private PublicSource source;

    @Version
    private long version;

    protected IndicatorValue() {
    }

    public IndicatorValue(IndicatorDefinition indicator, Long municipalityId, String areaCode, Period period,
                          String enteredBy, Instant now) {
        this.indicator = indicator;
        this.municipalityId = municipalityId;
        this.areaCode = Objects.requireNonNull(areaCode);
        this.period = period.toString();
        this.periodStart = period.start();
        this.enteredBy = enteredBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Enters or changes the figure and its comment. A submitted value goes back to draft (the steward
     * takes it back); an approved one, or one in a closed period, only changes with {@code override}
     * (the coordinator), which also needs a reason.
     */
    public ValueChange enter(BigDecimal newValue, String newComment, boolean locked, boolean override, String reason,
                             String by, Instant at) {
        handEntryRefusal().ifPresent(refusal -> {
            throw new WorkflowException(refusal);
        });
        boolean protectedValue = isProtected(locked);
        if (protectedValue && !override) {
            throw WorkflowException.of(status == ValueStatus.APPROVED ? "workflow.approved" : "workflow.closed");
        }
        if (protectedValue && (reason == null || reason.isBlank())) {
            throw WorkflowException.of("workflow.reasonRequired");
        }
        BigDecimal old = value;
        ValueStatus oldStatus = status;
        value = newValue;
        comment = blankToNull(newComment);
        if (status == ValueStatus.SUBMITTED) {
            status = ValueStatus.DRAFT;
        }
        enteredBy = by;
        updatedAt = at;
        return new ValueChange(this, old, newValue, oldStatus, status, by, at,
                protectedValue ? "correction: " + reason.trim() : comment);
    }

    /**
     * Stores a figure published by CBS, approved as it is (CBS checked it), replacing what was stored:
     * only an import does this; {@link #enter} refuses a public figure, whoever asks.
     */
    public ValueChange publish(BigDecimal newValue, PublicSource from, String by, Instant at) {
        BigDecimal old = value;
        ValueStatus oldStatus = status;
        value = newValue;
        source = from;
        status = ValueStatus.APPROVED;
        comment = null;
        returnReason = null;
        enteredBy = by;
        updatedAt = at;
        return new ValueChange(this, old, newValue, oldStatus, status, by, at,
                "CBS " + from.table() + " " + from.measure() + " (" + from.downloaded() + ")");
    }

    /** True when the figure came from CBS: it changes only by a newer import. */
    public boolean isPublicFigure() {
        return source != null;
    }

    /** Why nobody may enter, correct or send back this figure by hand: it came from CBS. Empty for every other figure. */
    public java.util.Optional<nl.regioan.shared.api.Message> handEntryRefusal() {
        return isPublicFigure() ? java.util.Optional.of(nl.regioan.shared.api.Message.of("workflow.publicFigure",
                source.table(), source.measure())) : java.util.Optional.empty();
    }

    public PublicSource source() {
        return source;
    }

    /** Approved, or in a closed period: only the coordinator changes it, with a reason (a correction). */
    public boolean isProtected(boolean periodClosed) {
        return periodClosed || status == ValueStatus.APPROVED;
    }

    /** True when entering this figure and comment would change nothing (12 equals 12.0000; a blank comment is none). */
    public boolean holds(BigDecimal figure, String newComment) {
        return Objects.equals(plain(value), plain(figure)) && Objects.equals(blankToNull(comment), blankToNull(newComment));
    }

    /** 12.0000 from the DECIMAL column reads as 12. */
    public static BigDecimal plain(BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal stripped = figure.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Draft or sent back -> submitted. */
    public ValueChange submit(String by, Instant at) {
        if (!status.isOpen()) {
            throw WorkflowException.of("workflow.submit.status", status.name());
        }
        if (value == null) {
            throw WorkflowException.of("workflow.submit.empty");
        }
        return move(ValueStatus.SUBMITTED, by, at, null);
    }

    /** Submitted -> approved, by the coordinator. */
    public ValueChange approve(String by, Instant at) {
        if (status != ValueStatus.SUBMITTED) {
            throw WorkflowException.of("workflow.approve.status", status.name());
        }
        return move(ValueStatus.APPROVED, by, at, null);
    }

    /** Submitted or approved -> sent back to the municipality, with the reason. */
    public ValueChange sendBack(String reason, String by, Instant at) {
        handEntryRefusal().ifPresent(refusal -> {
            throw new WorkflowException(refusal);
        });
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.of("workflow.sendBack.reason");
        }
        if (status != ValueStatus.SUBMITTED && status != ValueStatus.APPROVED) {
            throw WorkflowException.of("workflow.sendBack.status", status.name());
        }
        returnReason = reason.trim();
        return move(ValueStatus.RETURNED, by, at, "sent back: " + returnReason);
    }

    private ValueChange move(ValueStatus next, String by, Instant at, String note) {
        ValueStatus old = status;
        status = next;
        updatedAt = at;
        return new ValueChange(this, value, value, old, next, by, at, note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long id() {
        return id;
    }

    public IndicatorDefinition indicator() {
        return indicator;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public String areaCode() {
        return areaCode;
    }

    public Period period() {
        return Period.parse(period);
    }

    public BigDecimal value() {
        return value;
    }

    public ValueStatus status() {
        return status;
    }

    public String comment() {
        return comment;
    }

    public String returnReason() {
        return returnReason;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

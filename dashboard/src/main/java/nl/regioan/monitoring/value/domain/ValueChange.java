package nl.regioan.monitoring.value.domain;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a value's history: old and new value and status, who, when, and the comment or reason. */
@Entity
@Table(name = "monitoring_value_history")
public class ValueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "value_id")
    private IndicatorValue value;

    @Column(name = "old_value")
    private BigDecimal oldValue;

    @Column(name = "new_value")
    private BigDecimal newValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status")
    private ValueStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    private ValueStatus newStatus;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "comment")
    private String comment;

    protected ValueChange() {
    }

    ValueChange(IndicatorValue value, BigDecimal oldValue, BigDecimal newValue, ValueStatus oldStatus,
                ValueStatus newStatus, String changedBy, Instant changedAt, String comment) {
        this.value = value;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.oldStatus = oldStatus;
        this.newStatus = newStatus;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.comment = comment;
    }

    public BigDecimal oldValue() {
        return oldValue;
    }

    public BigDecimal newValue() {
        return newValue;
    }

    public ValueStatus oldStatus() {
        return oldStatus;
    }

    public ValueStatus newStatus() {
        return newStatus;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String comment() {
        return comment;
    }
}

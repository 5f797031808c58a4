package nl.regioan.monitoring.period.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** The day after which a period is closed: from then on only the coordinator changes its values. */
@Entity
@Table(name = "monitoring_period")
public class PeriodDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Version
    private long version;

    protected PeriodDeadline() {
    }

    public PeriodDeadline(Period period, LocalDate deadline) {
        this.period = period.toString();
        setDeadline(deadline);
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    /** Closed on the day after the deadline. */
    public boolean isClosedOn(LocalDate today) {
        return today.isAfter(deadline);
    }

    public Period period() {
        return Period.parse(period);
    }

    public LocalDate deadline() {
        return deadline;
    }

    public long version() {
        return version;
    }
}

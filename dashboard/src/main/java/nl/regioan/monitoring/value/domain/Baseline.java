package nl.regioan.monitoring.value.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import nl.regioan.monitoring.period.domain.Period;

/** The baseline measurement (nulmeting) of an indicator for an area, with the period it refers to. */
@Entity
@Table(name = "monitoring_baseline")
public class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(name = "area_code", nullable = false, length = 10)
    private String areaCode;

    @Column(name = "value", nullable = false)
    private BigDecimal value;

    @Column(name = "reference_period", nullable = false, length = 7)
    private String referencePeriod;

    @Version
    private long version;

    protected Baseline() {
    }

    public Baseline(Long indicatorId, String areaCode, BigDecimal value, Period referencePeriod) {
        this.indicatorId = indicatorId;
        this.areaCode = areaCode;
        this.value = value;
        this.referencePeriod = referencePeriod.toString();
    }

    /** The coordinator corrects the baseline or moves it to another reference period. */
    public void change(BigDecimal value, Period referencePeriod) {
        this.value = value;
        this.referencePeriod = referencePeriod.toString();
    }

    /** A CBS code, a subregion's name, or REGION. */
    public String areaCode() {
        return areaCode;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public BigDecimal value() {
        return value;
    }

    public Period referencePeriod() {
        return Period.parse(referencePeriod);
    }
}

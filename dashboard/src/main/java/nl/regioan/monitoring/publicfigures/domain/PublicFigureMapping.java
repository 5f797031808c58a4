package nl.regioan.monitoring.publicfigures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import nl.regioan.indicator.domain.IndicatorDefinition;

/**
 * Which indicator a measure of a CBS table feeds, and the factor from CBS's unit to the indicator's
 * (1 for counts; 1000 for a value CBS publishes in thousands of euros). Kept by the coordinator.
 */
@Entity
@Table(name = "public_figure_mapping")
public class PublicFigureMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "table_id", nullable = false)
    private String table;

    @Column(name = "measure", nullable = false)
    private String measure;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private IndicatorDefinition indicator;

    @Column(name = "factor", nullable = false)
    private BigDecimal factor;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PublicFigureMapping() {
    }

    public PublicFigureMapping(String table, String measure, IndicatorDefinition indicator, BigDecimal factor, String by,
                               Instant at) {
        this.table = CbsFile.normaliseTable(table);
        this.measure = measure.trim();
        change(indicator, factor, by, at);
    }

    public void change(IndicatorDefinition newIndicator, BigDecimal newFactor, String by, Instant at) {
        indicator = newIndicator;
        factor = newFactor;
        updatedBy = by;
        updatedAt = at;
    }

    /** The figure as the indicator counts it. */
    public BigDecimal convert(BigDecimal cbsFigure) {
        return cbsFigure.multiply(factor);
    }

    public Long id() {
        return id;
    }

    public String table() {
        return table;
    }

    public String measure() {
        return measure;
    }

    public IndicatorDefinition indicator() {
        return indicator;
    }

    public BigDecimal factor() {
        return factor;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

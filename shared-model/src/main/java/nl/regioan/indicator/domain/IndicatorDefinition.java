package nl.regioan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One indicator of the catalogue, such as REG_RNI or WONEN_BIJ_WERK. */
@Entity
@Table(name = "indicator")
public class IndicatorDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    private PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_aggregation")
    private TimeAggregation timeAggregation;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_aggregation")
    private AreaAggregation areaAggregation;

    @Enumerated(EnumType.STRING)
    private IndicatorLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_level")
    private EntryLevel entryLevel;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Version
    private long version;

    protected IndicatorDefinition() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameEn() {
        return nameEn;
    }

    public Unit unit() {
        return unit;
    }

    public PeriodType periodType() {
        return periodType;
    }

    public TimeAggregation timeAggregation() {
        return timeAggregation;
    }

    public AreaAggregation areaAggregation() {
        return areaAggregation;
    }

    public IndicatorLevel level() {
        return level;
    }

    public EntryLevel entryLevel() {
        return entryLevel;
    }

    public Bounds bounds() {
        return new Bounds(minValue, maxValue);
    }
}

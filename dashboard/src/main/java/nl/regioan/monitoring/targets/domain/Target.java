package nl.regioan.monitoring.targets.domain;

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

/** A target (streefwaarde) of an indicator for the region, a subregion or a municipality, e.g. WONEN_BIJ_WERK at least 80. */
@Entity
@Table(name = "monitoring_target")
public class Target {

    public enum AreaLevel { REGION, SUBREGION, MUNICIPALITY }

    public enum Direction { AT_LEAST, AT_MOST }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_level", nullable = false)
    private AreaLevel areaLevel;

    /** The subregion's name or the CBS code; null for the region. */
    @Column(name = "area_name")
    private String areaName;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private Direction direction;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    @Version
    private long version;

    protected Target() {
    }

    /** @param areaName null for the region, else the subregion's name or the CBS code */
    public Target(long indicatorId, AreaLevel areaLevel, String areaName, int targetYear, Direction direction,
                  BigDecimal targetValue) {
        this.indicatorId = indicatorId;
        this.areaLevel = areaLevel;
        this.areaName = areaName;
        this.targetYear = targetYear;
        this.direction = direction;
        this.targetValue = targetValue;
    }

    /** The coordinator sets a new direction or value for the same indicator, area and year. */
    public void change(Direction direction, BigDecimal targetValue) {
        this.direction = direction;
        this.targetValue = targetValue;
    }

    public Long id() {
        return id;
    }

    /** True when {@code value} meets the target. */
    public boolean isMetBy(BigDecimal value) {
        int comparison = value.compareTo(targetValue);
        return direction == Direction.AT_LEAST ? comparison >= 0 : comparison <= 0;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public AreaLevel areaLevel() {
        return areaLevel;
    }

    public String areaName() {
        return areaName;
    }

    public int targetYear() {
        return targetYear;
    }

    public Direction direction() {
        return direction;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }
}

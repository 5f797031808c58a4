package nl.regioan.monitoring.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.regioan.monitoring.period.domain.Period;

/**
 * One version of an indicator's definition. Version 1 holds from the start (validFrom null); every
 * later version holds from its period until the next version's period.
 */
@Entity
@Table(name = "indicator_definition_version")
public class DefinitionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "valid_from", length = 7)
    private String validFrom;

    @Column(name = "valid_from_start")
    private LocalDate validFromStart;

    @Column(name = "definition", nullable = false, length = 2000)
    private String definition;

    @Column(name = "footnote", length = 1000)
    private String footnote;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected DefinitionVersion() {
    }

    /** @param validFrom null only for version 1 */
    public DefinitionVersion(long indicatorId, int number, Period validFrom, String definition, String footnote,
                             String changedBy, Instant changedAt) {
        this.indicatorId = indicatorId;
        this.number = number;
        this.validFrom = validFrom == null ? null : validFrom.toString();
        this.validFromStart = validFrom == null ? null : validFrom.start();
        this.definition = definition;
        this.footnote = footnote;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long id() {
        return id;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public int number() {
        return number;
    }

    /** The first period this version holds for; null for version 1 (from the start). */
    public Period validFrom() {
        return validFrom == null ? null : Period.parse(validFrom);
    }

    public String definition() {
        return definition;
    }

    public String footnote() {
        return footnote;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

package nl.regioan.monitoring.publicfigures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What a CBS municipal code meant in a stretch of time, where that differs from "one of our
 * municipalities, always": a code that came into use at a merger, or a predecessor's code that ended.
 *
 * @see MunicipalCodes
 */
@Entity
@Table(name = "cbs_municipal_code")
public class DatedMunicipalCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    /** Null for a predecessor that is none of our municipalities. */
    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected DatedMunicipalCode() {
    }

    public DatedMunicipalCode(String code, String name, Long municipalityId, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.municipalityId = municipalityId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}

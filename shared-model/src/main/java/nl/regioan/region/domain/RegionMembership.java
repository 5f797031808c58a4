package nl.regioan.region.domain;

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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which a municipality belongs to the region, in one subregion.
 * Both ends are inclusive; an open end means "still a member".
 * The subregion sits on the membership, not on the municipality, so a municipality that moves to
 * another subregion (or merges) keeps its history right.
 */
@Entity
@Table(name = "region_membership")
public class RegionMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subregion_id")
    private Subregion subregion;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected RegionMembership() {
    }

    RegionMembership(Municipality municipality, Subregion subregion, LocalDate validFrom, LocalDate validTo) {
        this.municipality = Objects.requireNonNull(municipality);
        this.subregion = Objects.requireNonNull(subregion, "subregion");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A membership cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
        this.validTo = validTo;
    }

    /** True when {@code date} lies within this membership, both ends included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when this membership shares at least one day with the period [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && (validTo == null || !from.isAfter(validTo));
    }

    public Subregion subregion() {
        return subregion;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }
}

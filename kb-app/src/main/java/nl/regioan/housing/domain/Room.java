package nl.regioan.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bedroom of a location: its floor area and how many people sleep in it, and whether two
 * sleepers are a couple (the only case in which the norms allow a shared bedroom). Rooms are
 * numbered by their place in the location's list, from 1.
 */
@Embeddable
public class Room {

    @Column(name = "area_m2")
    private BigDecimal area;

    private int occupants;

    private boolean couple;

    protected Room() {
    }

    public Room(BigDecimal area, int occupants, boolean couple) {
        this.area = Objects.requireNonNull(area, "area");
        this.occupants = occupants;
        this.couple = couple;
    }

    public BigDecimal area() {
        return area;
    }

    public int occupants() {
        return occupants;
    }

    public boolean couple() {
        return couple;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Room room && area.compareTo(room.area) == 0 && occupants == room.occupants
                && couple == room.couple;
    }

    @Override
    public int hashCode() {
        return Objects.hash(area.stripTrailingZeros(), occupants, couple);
    }

    @Override
    public String toString() {
        return area.toPlainString() + " m2 x " + occupants + (couple ? " (couple)" : "");
    }
}

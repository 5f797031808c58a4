package nl.regioan.region.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.regioan.shared.api.Message;

/** A municipality of the Netherlands that is, or was, a member of the region. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CbsCode cbsCode;

    private String name;

    private String province;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<RegionMembership> memberships = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Municipality() {
    }

    public Municipality(CbsCode cbsCode, String name, String province) {
        this.cbsCode = cbsCode;
        this.name = name;
        this.province = province;
    }

    /** Adds a membership period; periods of one municipality may not overlap. */
    public RegionMembership joinRegion(Subregion subregion, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.MAX : to;
        for (RegionMembership existing : memberships) {
            if (existing.overlaps(from, end)) {
                throw new IllegalArgumentException(name + " is already a member between " + existing.validFrom()
                        + " and " + existing.validTo().map(LocalDate::toString).orElse("now"));
            }
        }
        RegionMembership membership = new RegionMembership(this, subregion, from, to);
        memberships.add(membership);
        return membership;
    }

    /** The membership in force on {@code date}, if the municipality was a member then. */
    public Optional<RegionMembership> membershipOn(LocalDate date) {
        return memberships.stream().filter(m -> m.covers(date)).findFirst();
    }

    public boolean isMemberOn(LocalDate date) {
        return membershipOn(date).isPresent();
    }

    /** True when the municipality was a member on at least one day of [from, to]. */
    public boolean isMemberDuring(LocalDate from, LocalDate to) {
        return memberships.stream().anyMatch(m -> m.overlaps(from, to));
    }

    /** The membership dates as a message: "from 2021-01-01 to 2024-12-31", several joined by "and", or "never". */
    public Message describeMemberships() {
        List<RegionMembership> sorted = memberships.stream()
                .sorted(java.util.Comparator.comparing(RegionMembership::validFrom)).toList();
        Message described = null;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            RegionMembership m = sorted.get(i);
            Message one = m.validTo().map(to -> Message.of("membership.fromTo", m.validFrom().toString(), to.toString()))
                    .orElse(Message.of("membership.from", m.validFrom().toString()));
            described = described == null ? one : Message.of("membership.and", one, described);
        }
        return described == null ? Message.of("membership.never") : described;
    }

    public Long id() {
        return id;
    }

    public CbsCode cbsCode() {
        return cbsCode;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public List<RegionMembership> memberships() {
        return Collections.unmodifiableList(memberships);
    }
}

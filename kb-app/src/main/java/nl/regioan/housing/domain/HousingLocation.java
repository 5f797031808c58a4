package nl.regioan.housing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * A housing location in the register. Every save goes through {@link #change} and bumps the
 * revision, the number of the version row stored next; {@code @Version} guards concurrent saves
 * (ETag/If-Match). Its visibility follows the knowledge-base rule: a location is always "published"
 * content of its municipality (it has no draft state), created by its author.
 */
@Entity
@Table(name = "housing_location")
public class HousingLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String address;

    @Column(name = "municipality_id")
    private long municipalityId;

    @Enumerated(EnumType.STRING)
    private HousingKind kind;

    @Enumerated(EnumType.STRING)
    private LocationStatus status;

    @Column(name = "permit_applied_on")
    private LocalDate permitAppliedOn;
    @Column(name = "permitted_on")
    private LocalDate permittedOn;
    @Column(name = "in_use_from")
    private LocalDate inUseFrom;
    @Column(name = "closed_on")
    private LocalDate closedOn;

    private String operator;
    private Integer beds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "housing_location_room", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    private List<Room> rooms = new ArrayList<>();

    @Column(name = "average_room_area_m2")
    private BigDecimal averageRoomArea;
    @Column(name = "average_occupants")
    private BigDecimal averageOccupants;
    @Column(name = "usable_living_area_m2")
    private BigDecimal usableLivingArea;

    @Column(name = "snf_certified")
    private Boolean snfCertified;
    @Column(name = "snf_certified_on")
    private LocalDate snfCertifiedOn;
    @Column(name = "snf_expires_on")
    private LocalDate snfExpiresOn;

    @Enumerated(EnumType.STRING)
    private ManagerPresence manager;

    @Column(name = "separate_rental_contract")
    private Boolean separateRentalContract;
    @Column(name = "minors_housed")
    private Boolean minorsHoused;
    @Column(name = "sleeping_place_shared_per_day")
    private Boolean sleepingPlaceSharedPerDay;
    @Column(name = "short_stays")
    private Boolean shortStays;
    @Column(name = "night_register")
    private Boolean nightRegister;

    /** Language codes, comma-separated and sorted ("nl,pl,ro"). */
    @Column(name = "house_rules_languages")
    private String houseRulesLanguages;
    @Column(name = "resident_languages")
    private String residentLanguages;

    @Column(name = "contact_person")
    private String contactPerson;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "housing_location_item", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "item_id")
    private Set<Long> linkedItemIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    /** The account that registered the location: its author, who keeps access (AccessPolicy). */
    @Column(name = "created_by_account_id")
    private long createdByAccountId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    private int revision;

    @Version
    private long version;

    protected HousingLocation() {
    }

    public HousingLocation(LocationDetails details, long createdByAccountId, Instant now) {
        this.createdByAccountId = createdByAccountId;
        this.createdAt = now;
        change(details, now);
    }

    public void change(LocationDetails details, Instant now) {
        name = details.name();
        address = details.address();
        municipalityId = details.municipalityId();
        kind = details.kind();
        status = details.status();
        permitAppliedOn = details.permitAppliedOn();
        permittedOn = details.permittedOn();
        inUseFrom = details.inUseFrom();
        closedOn = details.closedOn();
        operator = details.operator();
        beds = details.beds();
        rooms = new ArrayList<>(details.rooms());
        averageRoomArea = details.averageRoomArea();
        averageOccupants = details.averageOccupants();
        usableLivingArea = details.usableLivingArea();
        snfCertified = details.snfCertified();
        snfCertifiedOn = details.snfCertifiedOn();
        snfExpiresOn = details.snfExpiresOn();
        manager = details.manager();
        separateRentalContract = details.separateRentalContract();
        minorsHoused = details.minorsHoused();
        sleepingPlaceSharedPerDay = details.sleepingPlaceSharedPerDay();
        shortStays = details.shortStays();
        nightRegister = details.nightRegister();
        houseRulesLanguages = join(details.houseRulesLanguages());
        residentLanguages = join(details.residentLanguages());
        contactPerson = details.contactPerson();
        linkedItemIds = new TreeSet<>(details.linkedItemIds());
        visibility = details.visibility();
        updatedAt = now;
        revision++;
    }

    public LocationDetails details() {
        return new LocationDetails(name, address, municipalityId, kind, status, permitAppliedOn, permittedOn, inUseFrom,
                closedOn, operator, beds, List.copyOf(rooms), averageRoomArea, averageOccupants, usableLivingArea,
                snfCertified, snfCertifiedOn, snfExpiresOn, manager, separateRentalContract, minorsHoused,
                sleepingPlaceSharedPerDay, shortStays, nightRegister, split(houseRulesLanguages),
                split(residentLanguages), contactPerson, List.copyOf(linkedItemIds), visibility);
    }

    /** What the access policy decides on: the item rule, as published content of the location's municipality. */
    public ContentAccess access() {
        return new ContentAccess(visibility, ContentStatus.PUBLISHED, municipalityId, createdByAccountId);
    }

    private static String join(Set<String> codes) {
        return codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public HousingKind kind() {
        return kind;
    }

    public LocationStatus status() {
        return status;
    }

    public Integer beds() {
        return beds;
    }

    public Visibility visibility() {
        return visibility;
    }

    public long createdByAccountId() {
        return createdByAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version;
    }
}

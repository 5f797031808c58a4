package nl.regioan.kb.item.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * A knowledge-base item. Content changes go through {@link #change}, status changes through
 * {@link #publish}/{@link #retire} (see {@link StatusRules}); each bumps the revision, the number of
 * the version row the application stores next.
 */
@Entity
@Table(name = "kb_item")
public class KnowledgeItem {

    private static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String title;
    private String summary;
    private String body;

    @Column(name = "owning_municipality_id")
    private Long owningMunicipalityId;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private ContentStatus status;

    /** The account that created the item: its author, who keeps access in every status (AccessPolicy). */
    @Column(name = "owner_account_id")
    private long ownerAccountId;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    private int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_item_theme", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_item_block", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "block_code")
    private Set<String> blocks = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    // Participation case (kind PARTICIPATION_CASE only); sets are stored as comma-separated codes.
    @Column(name = "pc_location")
    private String pcLocation;
    @Column(name = "pc_beds")
    private Integer pcBeds;
    @Column(name = "pc_housing_kind")
    private String pcHousingKind;
    @Column(name = "pc_phase")
    private String pcPhase;
    @Column(name = "pc_methods")
    private String pcMethods;
    @Column(name = "pc_participants")
    private String pcParticipants;
    @Column(name = "pc_outcome")
    private String pcOutcome;
    @Column(name = "pc_what_worked")
    private String pcWhatWorked;
    @Column(name = "pc_what_did_not")
    private String pcWhatDidNot;
    @Column(name = "pc_contact")
    private String pcContact;

    @Version
    private long version;

    protected KnowledgeItem() {
    }

    /** A new draft owned by {@code ownerAccountId}; revision 1 is its first version. */
    public KnowledgeItem(ItemContent content, long ownerAccountId, Instant now) {
        this.ownerAccountId = ownerAccountId;
        this.status = ContentStatus.DRAFT;
        this.createdAt = now;
        change(content, now);
    }

    public void change(ItemContent content, Instant now) {
        kind = content.kind();
        title = content.title();
        summary = content.summary();
        body = content.body();
        owningMunicipalityId = content.owningMunicipalityId();
        visibility = content.visibility();
        themes = new TreeSet<>(content.themes());
        blocks = new TreeSet<>(content.blocks());
        tags = new TreeSet<>(content.tags());
        reviewBy = content.reviewBy();
        setParticipation(content.kind() == ItemKind.PARTICIPATION_CASE ? content.participation() : null);
        touch(now);
    }

    public void publish(Instant now) {
        moveTo(ContentStatus.PUBLISHED, now);
        publishedAt = now;
    }

    public void retire(Instant now) {
        moveTo(ContentStatus.RETIRED, now);
    }

    /** Adding or removing an attachment is a change of the item too (for watchers and the index). */
    public void attachmentsChanged(Instant now) {
        updatedAt = now;
    }

    private void moveTo(ContentStatus target, Instant now) {
        if (!StatusRules.allows(status, target)) {
            throw new IllegalStateException("A " + status.name().toLowerCase() + " item cannot become "
                    + target.name().toLowerCase());
        }
        status = target;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
        revision++;
    }

    /** Past its review-by date and still in use: its owner should look at it again. */
    public boolean isStaleOn(LocalDate today) {
        return reviewBy != null && reviewBy.isBefore(today) && status != ContentStatus.RETIRED;
    }

    public ContentAccess access() {
        return new ContentAccess(visibility, status, owningMunicipalityId, ownerAccountId);
    }

    public ItemContent content() {
        return new ItemContent(kind, title, summary, body, owningMunicipalityId, visibility, List.copyOf(themes),
                List.copyOf(blocks), List.copyOf(tags), reviewBy, participation());
    }

    /** The year a reader associates with the item: of its last publication, else of its creation. */
    public int year() {
        return (publishedAt != null ? publishedAt : createdAt).atZone(REGION_ZONE).getYear();
    }

    public ParticipationCase participation() {
        if (kind != ItemKind.PARTICIPATION_CASE) {
            return null;
        }
        return new ParticipationCase(pcLocation, pcBeds, parse(ParticipationCase.HousingKind::valueOf, pcHousingKind),
                parse(ParticipationCase.Phase::valueOf, pcPhase), codes(ParticipationCase.Method.class, pcMethods),
                codes(ParticipationCase.Participant.class, pcParticipants),
                parse(ParticipationCase.Outcome::valueOf, pcOutcome), pcWhatWorked, pcWhatDidNot, pcContact);
    }

    private void setParticipation(ParticipationCase pc) {
        pcLocation = pc == null ? null : pc.location();
        pcBeds = pc == null ? null : pc.beds();
        pcHousingKind = pc == null || pc.housingKind() == null ? null : pc.housingKind().name();
        pcPhase = pc == null || pc.phase() == null ? null : pc.phase().name();
        pcMethods = pc == null ? null : join(pc.methods());
        pcParticipants = pc == null ? null : join(pc.participants());
        pcOutcome = pc == null || pc.outcome() == null ? null : pc.outcome().name();
        pcWhatWorked = pc == null ? null : pc.whatWorked();
        pcWhatDidNot = pc == null ? null : pc.whatDidNot();
        pcContact = pc == null ? null : pc.contactPerson();
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, String joined) {
        Set<E> result = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(code -> Enum.valueOf(type, code)).forEach(result::add);
        }
        return result;
    }

    private static <E> E parse(Function<String, E> valueOf, String code) {
        return code == null ? null : valueOf.apply(code);
    }

    public Long id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public Long owningMunicipalityId() {
        return owningMunicipalityId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public ContentStatus status() {
        return status;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int revision() {
        return revision;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public List<String> blocks() {
        return List.copyOf(blocks);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public long version() {
        return version;
    }
}

package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.kb.attachment.domain.AttachmentRepository;
import nl.regioan.kb.item.domain.IndexableAttachment;
import nl.regioan.kb.item.domain.IndexableItem;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;
import nl.regioan.kb.item.domain.Markdown;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.region.domain.RegionMembership;

/**
 * Reads every item for the search index (JPA with EclipseLink hints, so it lives here), WITHOUT access checks: the index stores the
 * access terms and trims at query time. Never hand its results to a reader directly.
 *
 * <p>{@link #find} reads one item (a save); {@link #batch} reads a page of a rebuild in a fixed
 * number of queries, whatever the page size: the items, their tags, themes and blocks (EclipseLink
 * batch fetching, one IN query each), the attachment texts of the page, and the municipalities with
 * their memberships and subregions.
 * Both give the same {@link IndexableItem} for an item.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnowledgeItemsForIndexing {

    static final int BATCH = 500;
    private static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    /** EclipseLink query hints (by name: the application compiles against the JPA API only). */
    private static final String READ_ONLY = "eclipselink.read-only";
    private static final String BATCH_FETCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String BATCH_SIZE = "eclipselink.batch.size";

    @Inject
    KnowledgeItemRepository items;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Inject
    AttachmentRepository attachments;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Clock clock;

    public Optional<IndexableItem> find(long id) {
        return items.find(id).map(item -> {
            Municipality municipality = item.owningMunicipalityId() == null ? null
                    : municipalities.findById(item.owningMunicipalityId()).orElse(null);
            List<IndexableAttachment> files = attachments.ofItem(item.id()).stream()
                    .map(a -> new IndexableAttachment(a.id(), a.fileName(), a.extractedText() == null ? "" : a.extractedText()))
                    .toList();
            return indexable(item, municipality == null ? null : ownerOf(municipality), files);
        });
    }

    /**
     * Up to {@code size} items with an id above {@code afterId}, in id order: one page of a rebuild,
     * in eight queries whatever its size (never one per item).
     * Read-only: nothing is kept in a persistence context.
     */
    public List<IndexableItem> batch(long afterId, int size) {
        List<KnowledgeItem> page = entityManager.createQuery(
                        "SELECT i FROM KnowledgeItem i WHERE i.id > :after ORDER BY i.id", KnowledgeItem.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .setHint(READ_ONLY, "true")
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH_SIZE, Integer.toString(size))
                .setHint(BATCH_FETCH, "i.tags")
                .setHint(BATCH_FETCH, "i.themes")
                .setHint(BATCH_FETCH, "i.blocks")
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        // The page holds every item with an id in (afterId, last]: its attachments are those of that id range.
        long last = page.get(page.size() - 1).id();
        Map<Long, List<IndexableAttachment>> files = attachmentsOfItems(afterId, last);
        Map<Long, Owner> owners = owners();
        List<IndexableItem> result = new ArrayList<>(page.size());
        for (KnowledgeItem item : page) {
            Owner owner = item.owningMunicipalityId() == null ? null : owners.get(item.owningMunicipalityId());
            result.add(indexable(item, owner, files.getOrDefault(item.id(), List.of())));
        }
        return result;
    }

    /** Id, file name and extracted text of the attachments of the items in (after, last], per item in id order. */
    private Map<Long, List<IndexableAttachment>> attachmentsOfItems(long after, long last) {
        List<Object[]> rows = entityManager.createQuery("""
                        SELECT a.itemId, a.id, a.fileName, a.extractedText FROM Attachment a
                        WHERE a.itemId > :after AND a.itemId <= :last ORDER BY a.itemId, a.id""", Object[].class)
                .setParameter("after", after)
                .setParameter("last", last)
                .getResultList();
        Map<Long, List<IndexableAttachment>> byItem = new HashMap<>();
        for (Object[] row : rows) {
            String text = (String) row[3];
            byItem.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new IndexableAttachment(((Number) row[1]).longValue(), (String) row[2], text == null ? "" : text));
        }
        return byItem;
    }

    /** Every municipality's CBS code and subregion (a few dozen): three queries, with memberships and subregions. */
    Map<Long, Owner> owners() {
        List<Municipality> all = entityManager.createQuery("SELECT m FROM Municipality m", Municipality.class)
                .setHint(READ_ONLY, "true")
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH_FETCH, "m.memberships")
                .setHint(BATCH_FETCH, "m.memberships.subregion")
                .getResultList();
        Map<Long, Owner> owners = new HashMap<>();
        for (Municipality municipality : all) {
            owners.put(municipality.id(), ownerOf(municipality));
        }
        return owners;
    }

    /** What the index needs of an owning municipality. */
    record Owner(String cbsCode, String subregion) {
    }

    /** One municipality's CBS code and subregion, or null for the region (questions use the items' owners). */
    Owner ownerOf(Long municipalityId) {
        return municipalityId == null ? null : municipalities.findById(municipalityId).map(this::ownerOf).orElse(null);
    }

    private Owner ownerOf(Municipality municipality) {
        return new Owner(municipality.cbsCode().value(),
                currentOrLastMembership(municipality).map(m -> m.subregion().name()).orElse(null));
    }

    private static IndexableItem indexable(KnowledgeItem item, Owner owner, List<IndexableAttachment> files) {
        // Sorted, as the item keeps them: the order of a loaded set is the persistence provider's.
        return new IndexableItem(item.id(), item.kind(), item.title(), item.summary(), Markdown.toPlainText(item.body()),
                sorted(item.tags()), sorted(item.themes()), sorted(item.blocks()), item.owningMunicipalityId(),
                owner == null ? null : owner.cbsCode(), owner == null ? null : owner.subregion(), item.visibility(),
                item.status(), item.year(), item.updatedAt(), files, item.ownerAccountId());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private Optional<RegionMembership> currentOrLastMembership(Municipality municipality) {
        Optional<RegionMembership> now = municipality.membershipOn(LocalDate.now(clock.withZone(REGION_ZONE)));
        if (now.isPresent()) {
            return now;
        }
        // The last by start date, however the memberships were read (join fetch or @OrderBy).
        return municipality.memberships().stream().max(Comparator.comparing(RegionMembership::validFrom));
    }
}

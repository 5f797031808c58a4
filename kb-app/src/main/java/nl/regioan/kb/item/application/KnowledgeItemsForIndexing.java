package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * Read-only view of every item for the search index, WITHOUT access checks: the index stores the
 * access terms and trims at query time. Never hand its results to a reader directly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnowledgeItemsForIndexing {

    static final int BATCH = 200;

    @Inject
    KnowledgeItemRepository items;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Inject
    AttachmentRepository attachments;

    @Inject
    MunicipalityRepository municipalities;

    public Optional<IndexableItem> find(long id) {
        return items.find(id).map(this::indexable);
    }

    /** Every item, read in batches of {@value #BATCH} ids (each item is read when the list reaches it). */
    public List<IndexableItem> all() {
        List<IndexableItem> result = new ArrayList<>();
        List<Long> ids = items.allIds();
        for (int start = 0; start < ids.size(); start += BATCH) {
            for (Long id : ids.subList(start, Math.min(start + BATCH, ids.size()))) {
                find(id).ifPresent(result::add);
            }
        }
        return result;
    }

    /** Up to {@code size} items with an id above {@code afterId}, in id order: one page of a rebuild. */
    public List<IndexableItem> batch(long afterId, int size) {
        // Only this page's ids: reading every id for every page made a rebuild quadratic.
        List<Long> ids = entityManager.createQuery("SELECT i.id FROM KnowledgeItem i WHERE i.id > :after ORDER BY i.id",
                Long.class).setParameter("after", afterId).setMaxResults(size).getResultList();
        List<IndexableItem> result = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(result::add));
        return result;
    }

    /** The same as {@link #all()}, as a stream. */
    public Stream<IndexableItem> stream() {
        return all().stream();
    }

    private IndexableItem indexable(KnowledgeItem item) {
        Optional<Municipality> municipality = item.owningMunicipalityId() == null ? Optional.empty()
                : municipalities.findById(item.owningMunicipalityId());
        String subregion = municipality.flatMap(this::currentOrLastMembership)
                .map(m -> m.subregion().name()).orElse(null);
        List<IndexableAttachment> files = attachments.ofItem(item.id()).stream()
                .map(a -> new IndexableAttachment(a.id(), a.fileName(), a.extractedText() == null ? "" : a.extractedText()))
                .toList();
        return new IndexableItem(item.id(), item.kind(), item.title(), item.summary(), Markdown.toPlainText(item.body()),
                item.tags(), item.themes(), item.blocks(), item.owningMunicipalityId(),
                municipality.map(m -> m.cbsCode().value()).orElse(null), subregion, item.visibility(), item.status(),
                item.year(), item.updatedAt(), files);
    }

    private Optional<RegionMembership> currentOrLastMembership(Municipality municipality) {
        Optional<RegionMembership> now = municipality.membershipOn(LocalDate.now(KnowledgeItems.REGION_ZONE));
        if (now.isPresent()) {
            return now;
        }
        List<RegionMembership> all = municipality.memberships();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}

package nl.regioan.kb.item.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.kb.item.domain.ItemFilter;
import nl.regioan.kb.item.domain.ItemKind;
import nl.regioan.kb.item.domain.ItemVersion;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;

/**
 * Items in MariaDB; filters and the reader's access clauses become JPQL (so paging and counts are
 * the database's), participation sets are matched on their comma-separated codes.
 */
@ApplicationScoped
public class JpaKnowledgeItemRepository implements KnowledgeItemRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<KnowledgeItem> find(long id) {
        return Optional.ofNullable(entityManager.find(KnowledgeItem.class, id));
    }

    @Override
    public List<KnowledgeItem> page(ItemFilter filter, ReadableItems readable, LocalDate staleOn, int first, int max) {
        Where where = where(filter, readable, staleOn);
        TypedQuery<KnowledgeItem> query = entityManager.createQuery("SELECT i FROM KnowledgeItem i" + where.jpql()
                + " ORDER BY i.updatedAt DESC, i.id DESC", KnowledgeItem.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ItemFilter filter, ReadableItems readable, LocalDate staleOn) {
        Where where = where(filter, readable, staleOn);
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(i) FROM KnowledgeItem i" + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A WHERE clause with its named parameters. */
    private record Where(List<String> conditions, Map<String, Object> parameters) {

        String jpql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private static Where where(ItemFilter filter, ReadableItems readable, LocalDate staleOn) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        readableBy(readable, where, parameters);
        if (staleOn != null) {
            // the same rule as KnowledgeItem.isStaleOn
            where.add("i.reviewBy IS NOT NULL AND i.reviewBy < :today AND i.status <> :retired");
            parameters.put("today", staleOn);
            parameters.put("retired", ContentStatus.RETIRED);
        }
        if (filter.kind() != null) {
            where.add("i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.theme() != null) {
            where.add(":theme MEMBER OF i.themes");
            parameters.put("theme", filter.theme());
        }
        if (filter.block() != null) {
            where.add(":block MEMBER OF i.blocks");
            parameters.put("block", filter.block());
        }
        if (filter.regionOwned()) {
            where.add("i.owningMunicipalityId IS NULL");
        } else if (filter.municipalityId() != null) {
            where.add("i.owningMunicipalityId = :municipality");
            parameters.put("municipality", filter.municipalityId());
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.ownerAccountId() != null) {
            where.add("i.ownerAccountId = :owner");
            parameters.put("owner", filter.ownerAccountId());
        }
        boolean participation = filter.outcome() != null || filter.method() != null || filter.phase() != null
                || filter.housingKind() != null || filter.participant() != null;
        if (participation) {
            where.add("i.kind = :pcKind");
            parameters.put("pcKind", ItemKind.PARTICIPATION_CASE);
        }
        if (filter.outcome() != null) {
            where.add("i.pcOutcome = :outcome");
            parameters.put("outcome", filter.outcome().name());
        }
        if (filter.phase() != null) {
            where.add("i.pcPhase = :phase");
            parameters.put("phase", filter.phase().name());
        }
        if (filter.housingKind() != null) {
            where.add("i.pcHousingKind = :housingKind");
            parameters.put("housingKind", filter.housingKind().name());
        }
        if (filter.method() != null) {
            where.add("CONCAT(',', i.pcMethods, ',') LIKE :method");
            parameters.put("method", "%," + filter.method().name() + ",%");
        }
        if (filter.participant() != null) {
            where.add("CONCAT(',', i.pcParticipants, ',') LIKE :participant");
            parameters.put("participant", "%," + filter.participant().name() + ",%");
        }
        return new Where(where, parameters);
    }

    /** The access policy's clauses as one OR of (status, visibility, owner, author) conditions. */
    private static void readableBy(ReadableItems readable, List<String> where, Map<String, Object> parameters) {
        if (readable.everything()) {
            return;
        }
        if (readable.clauses().isEmpty()) {
            where.add("1 = 0");
            return;
        }
        List<String> anyOf = new ArrayList<>();
        int n = 0;
        for (ReadableItems.Clause clause : readable.clauses()) {
            List<String> all = new ArrayList<>();
            if (clause.status() != null) {
                all.add("i.status = :accessStatus" + n);
                parameters.put("accessStatus" + n, clause.status());
            }
            if (clause.authorAccountId() != null) {
                all.add("i.ownerAccountId = :accessAuthor" + n);
                parameters.put("accessAuthor" + n, clause.authorAccountId());
            }
            if (clause.visibility() != null) {
                all.add("i.visibility = :accessVisibility" + n);
                parameters.put("accessVisibility" + n, clause.visibility());
            }
            if (!clause.anyOwner()) {
                if (clause.owningMunicipalityId() == null) {
                    all.add("i.owningMunicipalityId IS NULL");
                } else {
                    all.add("i.owningMunicipalityId = :accessOwner" + n);
                    parameters.put("accessOwner" + n, clause.owningMunicipalityId());
                }
            }
            anyOf.add("(" + String.join(" AND ", all) + ")");
            n++;
        }
        where.add("(" + String.join(" OR ", anyOf) + ")");
    }

    @Override
    public void add(KnowledgeItem item) {
        entityManager.persist(item);
    }

    @Override
    public void addVersion(ItemVersion version) {
        entityManager.persist(version);
    }

    @Override
    public List<ItemVersion> versions(long itemId) {
        return entityManager.createQuery("SELECT v FROM ItemVersion v WHERE v.itemId = :item ORDER BY v.number DESC",
                ItemVersion.class).setParameter("item", itemId).getResultList();
    }

    @Override
    public Optional<ItemVersion> version(long itemId, int number) {
        return entityManager.createQuery("SELECT v FROM ItemVersion v WHERE v.itemId = :item AND v.number = :n",
                ItemVersion.class).setParameter("item", itemId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

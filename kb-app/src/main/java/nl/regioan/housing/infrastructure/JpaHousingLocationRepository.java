package nl.regioan.housing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationFilter;
import nl.regioan.housing.domain.LocationVersion;

/**
 * Locations in MariaDB; filters and the reader's access clauses become JPQL, so paging and counts
 * are the database's. A location is published content of its municipality (HousingLocation.access),
 * so clauses for drafts or for the region's own content match none.
 */
@ApplicationScoped
public class JpaHousingLocationRepository implements HousingLocationRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<HousingLocation> find(long id) {
        return Optional.ofNullable(entityManager.find(HousingLocation.class, id));
    }

    @Override
    public List<HousingLocation> page(LocationFilter filter, ReadableItems readable, int first, int max) {
        return query(filter, readable).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<HousingLocation> all(LocationFilter filter, ReadableItems readable) {
        return query(filter, readable).getResultList();
    }

    private TypedQuery<HousingLocation> query(LocationFilter filter, ReadableItems readable) {
        Where where = where(filter, readable);
        TypedQuery<HousingLocation> query = entityManager.createQuery("SELECT l FROM HousingLocation l" + where.jpql()
                + " ORDER BY l.name, l.id", HousingLocation.class);
        where.parameters().forEach(query::setParameter);
        return query;
    }

    @Override
    public long count(LocationFilter filter, ReadableItems readable) {
        Where where = where(filter, readable);
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(l) FROM HousingLocation l" + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A WHERE clause with its named parameters. */
    private record Where(List<String> conditions, Map<String, Object> parameters) {

        String jpql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private static Where where(LocationFilter filter, ReadableItems readable) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        readableBy(readable, where, parameters);
        if (filter.municipalityId() != null) {
            where.add("l.municipalityId = :municipality");
            parameters.put("municipality", filter.municipalityId());
        }
        if (filter.kind() != null) {
            where.add("l.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("l.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.name() != null) {
            where.add("(LOWER(l.name) LIKE :name ESCAPE '!' OR LOWER(l.address) LIKE :name ESCAPE '!')");
            String escaped = filter.name().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.put("name", "%" + escaped + "%");
        }
        return new Where(where, parameters);
    }

    /** The access policy's clauses as one OR of (visibility, municipality, author) conditions. */
    private static void readableBy(ReadableItems readable, List<String> where, Map<String, Object> parameters) {
        if (readable.everything()) {
            return;
        }
        List<String> anyOf = new ArrayList<>();
        int n = 0;
        for (ReadableItems.Clause clause : readable.clauses()) {
            if (clause.status() != null && clause.status() != ContentStatus.PUBLISHED
                    || !clause.anyOwner() && clause.owningMunicipalityId() == null) {
                continue; // drafts, retired content and the region's own: no location is one of them
            }
            List<String> all = new ArrayList<>();
            if (clause.authorAccountId() != null) {
                all.add("l.createdByAccountId = :accessAuthor" + n);
                parameters.put("accessAuthor" + n, clause.authorAccountId());
            }
            if (clause.visibility() != null) {
                all.add("l.visibility = :accessVisibility" + n);
                parameters.put("accessVisibility" + n, clause.visibility());
            }
            if (!clause.anyOwner()) {
                all.add("l.municipalityId = :accessOwner" + n);
                parameters.put("accessOwner" + n, clause.owningMunicipalityId());
            }
            anyOf.add(all.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", all) + ")");
            n++;
        }
        where.add(anyOf.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", anyOf) + ")");
    }

    @Override
    public void add(HousingLocation location) {
        entityManager.persist(location);
    }

    @Override
    public void addVersion(LocationVersion version) {
        entityManager.persist(version);
    }

    @Override
    public List<LocationVersion> versions(long locationId) {
        return entityManager.createQuery("SELECT v FROM LocationVersion v WHERE v.locationId = :location"
                + " ORDER BY v.number DESC", LocationVersion.class).setParameter("location", locationId).getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

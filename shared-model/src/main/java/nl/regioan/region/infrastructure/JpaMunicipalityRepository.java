package nl.regioan.region.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;

@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Municipality> membersOn(LocalDate date) {
        return all().stream()
                .filter(m -> m.isMemberOn(date))
                .sorted(Comparator.comparing((Municipality m) -> m.membershipOn(date).orElseThrow().subregion().name())
                        .thenComparing(Municipality::name))
                .toList();
    }

    @Override
    public List<Municipality> all() {
        // One query with the memberships and subregions, not one per municipality (a few hundred at most).
        return entityManager.createQuery("""
                        select distinct m from Municipality m
                        left join fetch m.memberships ms left join fetch ms.subregion
                        order by m.name""", Municipality.class)
                .getResultList();
    }

    @Override
    public Optional<Municipality> findByCbsCode(CbsCode code) {
        return entityManager.createQuery("select m from Municipality m where m.cbsCode = :code", Municipality.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Municipality> findById(long id) {
        return Optional.ofNullable(entityManager.find(Municipality.class, id));
    }
}

package nl.regioan.monitoring.publicfigures.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.publicfigures.domain.CbsFile;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMapping;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMappingRepository;

@ApplicationScoped
public class JpaPublicFigureMappingRepository implements PublicFigureMappingRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<PublicFigureMapping> all() {
        return entityManager.createQuery("select m from PublicFigureMapping m order by m.table, m.measure",
                PublicFigureMapping.class).getResultList();
    }

    @Override
    public List<PublicFigureMapping> ofTable(String table) {
        return entityManager.createQuery("select m from PublicFigureMapping m where m.table = :table", PublicFigureMapping.class)
                .setParameter("table", CbsFile.normaliseTable(table)).getResultList();
    }

    @Override
    public Optional<PublicFigureMapping> find(String table, String measure) {
        return entityManager.createQuery("select m from PublicFigureMapping m where m.table = :table and m.measure = :measure",
                        PublicFigureMapping.class)
                .setParameter("table", CbsFile.normaliseTable(table)).setParameter("measure", measure)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PublicFigureMapping mapping) {
        entityManager.persist(mapping);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

package nl.regioan.monitoring.publicfigures.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImportRepository;

@ApplicationScoped
public class JpaPublicFigureImportRepository implements PublicFigureImportRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(PublicFigureImport figureImport) {
        entityManager.persist(figureImport);
        entityManager.flush(); // the identity id is needed by the sources of the figures
    }

    @Override
    public List<PublicFigureImport> latest(int limit) {
        return entityManager.createQuery("select i from PublicFigureImport i order by i.importedAt desc, i.id desc",
                PublicFigureImport.class).setMaxResults(limit).getResultList();
    }
}

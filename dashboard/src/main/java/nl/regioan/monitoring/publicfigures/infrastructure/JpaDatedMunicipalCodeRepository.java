package nl.regioan.monitoring.publicfigures.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.regioan.monitoring.publicfigures.domain.DatedMunicipalCode;
import nl.regioan.monitoring.publicfigures.domain.DatedMunicipalCodeRepository;

@ApplicationScoped
public class JpaDatedMunicipalCodeRepository implements DatedMunicipalCodeRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<DatedMunicipalCode> all() {
        return entityManager.createQuery("select c from DatedMunicipalCode c order by c.code, c.validFrom",
                DatedMunicipalCode.class).getResultList();
    }
}

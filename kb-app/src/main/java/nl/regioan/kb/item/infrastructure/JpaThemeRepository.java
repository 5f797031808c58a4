package nl.regioan.kb.item.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.regioan.kb.item.domain.BuildingBlock;
import nl.regioan.kb.item.domain.Theme;
import nl.regioan.kb.item.domain.ThemeRepository;

@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<Theme> themes() {
        return entityManager.createQuery("SELECT t FROM Theme t ORDER BY t.position", Theme.class).getResultList();
    }

    @Override
    public List<BuildingBlock> blocks() {
        return entityManager.createQuery("SELECT b FROM BuildingBlock b ORDER BY b.code", BuildingBlock.class)
                .getResultList();
    }
}

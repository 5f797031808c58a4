package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.regioan.kb.item.domain.BuildingBlock;
import nl.regioan.kb.item.domain.Theme;

/** The six themes and their building blocks, as loaded by migration V20. */
@ApplicationScoped
public class ThemeCatalogue {

    @PersistenceContext
    EntityManager entityManager;

    public List<Theme> themes() {
        return entityManager.createQuery("SELECT t FROM Theme t ORDER BY t.position", Theme.class).getResultList();
    }

    public List<BuildingBlock> blocks() {
        return entityManager.createQuery("SELECT b FROM BuildingBlock b ORDER BY b.code", BuildingBlock.class)
                .getResultList();
    }

    public List<String> themeCodes() {
        return themes().stream().map(Theme::code).toList();
    }

    public List<String> blockCodes() {
        return blocks().stream().map(BuildingBlock::code).toList();
    }
}

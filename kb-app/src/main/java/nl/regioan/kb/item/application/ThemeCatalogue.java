package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.kb.item.domain.BuildingBlock;
import nl.regioan.kb.item.domain.Theme;
import nl.regioan.kb.item.domain.ThemeRepository;

/** The six themes and their building blocks, as loaded by migration V20. */
@ApplicationScoped
public class ThemeCatalogue {

    @Inject
    ThemeRepository repository;

    public List<Theme> themes() {
        return repository.themes();
    }

    public List<BuildingBlock> blocks() {
        return repository.blocks();
    }

    public List<String> themeCodes() {
        return themes().stream().map(Theme::code).toList();
    }

    public List<String> blockCodes() {
        return blocks().stream().map(BuildingBlock::code).toList();
    }
}

package nl.regioan.kb.item.domain;

import java.util.List;

/** The six themes and their building blocks, as loaded by migration V20; read only. */
public interface ThemeRepository {

    /** The themes in their order. */
    List<Theme> themes();

    /** The building blocks by code. */
    List<BuildingBlock> blocks();
}

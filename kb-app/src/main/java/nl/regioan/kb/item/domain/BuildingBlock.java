package nl.regioan.kb.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A building block (bouwsteen) 1.1 ... 6.3 of a theme (reference data of migration V20). */
@Entity
@Table(name = "kb_building_block")
public class BuildingBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "theme_code")
    private String themeCode;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    @Version
    private long version;

    protected BuildingBlock() {
    }

    public String code() {
        return code;
    }

    public String themeCode() {
        return themeCode;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameEn() {
        return nameEn;
    }
}

package nl.regioan.kb.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the six spearheads of the policy framework (reference data of migration V20). */
@Entity
@Table(name = "kb_theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    private int position;

    @Version
    private long version;

    protected Theme() {
    }

    public String code() {
        return code;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameEn() {
        return nameEn;
    }

    public int position() {
        return position;
    }
}

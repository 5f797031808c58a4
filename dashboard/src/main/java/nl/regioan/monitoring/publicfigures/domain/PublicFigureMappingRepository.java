package nl.regioan.monitoring.publicfigures.domain;

import java.util.List;
import java.util.Optional;

/** Stores the mapping of CBS measures to indicators. */
public interface PublicFigureMappingRepository {

    /** Ordered by table and measure. */
    List<PublicFigureMapping> all();

    /** The mappings of one table (upper case), keyed by nothing: the caller matches measures. */
    List<PublicFigureMapping> ofTable(String table);

    Optional<PublicFigureMapping> find(String table, String measure);

    void add(PublicFigureMapping mapping);

    /** Writes pending changes now, so the version a caller gets back is the stored one. */
    void flush();
}

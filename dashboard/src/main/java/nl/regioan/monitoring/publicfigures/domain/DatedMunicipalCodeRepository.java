package nl.regioan.monitoring.publicfigures.domain;

import java.util.List;

/** Reads the dated municipal codes. */
public interface DatedMunicipalCodeRepository {

    List<DatedMunicipalCode> all();
}

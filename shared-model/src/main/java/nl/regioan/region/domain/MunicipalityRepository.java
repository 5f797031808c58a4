package nl.regioan.region.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds municipalities and their region membership. */
public interface MunicipalityRepository {

    /** Municipalities that were members of the region on {@code date}, ordered by subregion and name. */
    List<Municipality> membersOn(LocalDate date);

    List<Municipality> all();

    Optional<Municipality> findByCbsCode(CbsCode code);

    Optional<Municipality> findById(long id);
}

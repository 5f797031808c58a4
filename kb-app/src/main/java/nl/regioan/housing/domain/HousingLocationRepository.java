package nl.regioan.housing.domain;

import java.util.List;
import java.util.Optional;
import nl.regioan.access.domain.ReadableItems;

/** Stores housing locations and their versions. */
public interface HousingLocationRepository {

    Optional<HousingLocation> find(long id);

    /** One page of the locations matching the filter that the reader may see (access clauses in the query), by name. */
    List<HousingLocation> page(LocationFilter filter, ReadableItems readable, int first, int max);

    /** How many locations {@link #page} would find over all pages. */
    long count(LocationFilter filter, ReadableItems readable);

    /** Every location the reader may see that matches the filter (overview, export, monitoring proposal). */
    List<HousingLocation> all(LocationFilter filter, ReadableItems readable);

    void add(HousingLocation location);

    void addVersion(LocationVersion version);

    List<LocationVersion> versions(long locationId);

    /** Makes pending changes visible to the database now, so conflicts surface inside the use case. */
    void flush();
}

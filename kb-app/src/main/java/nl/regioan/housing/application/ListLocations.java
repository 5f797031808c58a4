package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationFilter;
import nl.regioan.shared.api.InvalidInputException;

/** One page of the register, filtered and counted in the database with the reader's access clauses. */
@ApplicationScoped
public class ListLocations {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    HousingLocationRepository locations;

    @Inject
    AccessPolicy policy;

    /** One page of the list, with the number of matching locations the reader may see. */
    public record Page(int page, int size, int total, List<HousingLocation> locations) {
    }

    public Page list(Actor actor, LocationFilter filter, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "list.page.min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "number.between", 1, MAX_PAGE_SIZE);
        }
        ReadableItems readable = policy.readableBy(actor);
        long total = locations.count(filter, readable);
        long first = (long) page * size;
        List<HousingLocation> onPage = first >= total ? List.of() : locations.page(filter, readable, (int) first, size);
        return new Page(page, size, (int) Math.min(total, Integer.MAX_VALUE), onPage);
    }

    /** Every location the reader may see that matches the filter (overview, export). */
    public List<HousingLocation> all(Actor actor, LocationFilter filter) {
        return locations.all(filter, policy.readableBy(actor));
    }
}

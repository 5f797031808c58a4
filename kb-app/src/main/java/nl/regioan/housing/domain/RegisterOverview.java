package nl.regioan.housing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coordinator's view of the register: locations and beds per municipality and kind, and per
 * norm how many locations meet it, fail it or leave it unknown. Made from the locations the reader
 * may see, checked by {@link HousingNorms} on one day.
 */
public record RegisterOverview(List<Group> groups, List<NormTally> norms, int locations, int beds) {

    /** Locations of one municipality and kind; beds counts only those with a known number. */
    public record Group(long municipalityId, HousingKind kind, int locations, int beds, int inUse) {
    }

    /** How many locations meet, fail or leave unknown one norm. */
    public record NormTally(Norm norm, int met, int notMet, int unknown) {
    }

    public static RegisterOverview of(List<LocationDetails> locations, LocalDate today) {
        Map<Long, Map<HousingKind, int[]>> byMunicipality = new TreeMap<>();
        Map<Norm, int[]> tallies = new EnumMap<>(Norm.class);
        for (Norm norm : Norm.values()) {
            tallies.put(norm, new int[3]);
        }
        int beds = 0;
        for (LocationDetails location : locations) {
            int[] group = byMunicipality.computeIfAbsent(location.municipalityId(), m -> new EnumMap<>(HousingKind.class))
                    .computeIfAbsent(location.kind(), k -> new int[3]);
            group[0]++;
            group[1] += location.beds() == null ? 0 : location.beds();
            group[2] += location.inUseOn(today) ? 1 : 0;
            beds += location.beds() == null ? 0 : location.beds();
            for (NormResult result : HousingNorms.check(location, today)) {
                tallies.get(result.norm())[result.outcome().ordinal()]++;
            }
        }
        List<Group> groups = new ArrayList<>();
        byMunicipality.forEach((municipality, kinds) -> kinds.forEach((kind, g) ->
                groups.add(new Group(municipality, kind, g[0], g[1], g[2]))));
        List<NormTally> norms = new ArrayList<>();
        tallies.forEach((norm, t) -> norms.add(new NormTally(norm, t[NormOutcome.MET.ordinal()],
                t[NormOutcome.NOT_MET.ordinal()], t[NormOutcome.UNKNOWN.ordinal()])));
        return new RegisterOverview(groups, norms, locations.size(), beds);
    }
}

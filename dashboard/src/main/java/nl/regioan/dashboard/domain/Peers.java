package nl.regioan.dashboard.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The municipalities of similar size to compare a municipality with: the nearest by population of
 * 1 January among the region's members of that year (the municipality itself and those without a
 * population left out), nearest first; an equal distance goes to the smaller CBS code.
 */
public final class Peers {

    /** How many peers the municipality page shows. */
    public static final int COUNT = 4;

    public record Candidate(String cbsCode, String name, BigDecimal population) {
    }

    private Peers() {
    }

    public static List<Candidate> nearest(String ownCode, BigDecimal ownPopulation, List<Candidate> members, int count) {
        if (ownPopulation == null) {
            return List.of();
        }
        return members.stream()
                .filter(c -> !c.cbsCode().equals(ownCode) && c.population() != null)
                .sorted(Comparator.comparing((Candidate c) -> c.population().subtract(ownPopulation).abs())
                        .thenComparing(Candidate::cbsCode))
                .limit(count).toList();
    }
}

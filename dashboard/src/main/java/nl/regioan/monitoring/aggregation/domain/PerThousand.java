package nl.regioan.monitoring.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A count per 1,000 inhabitants: for one municipality its count over its population of 1 January;
 * for a subregion or the region the sum of the members' counts over the sum of their populations,
 * never a mean of the members' ratios (a mean would weigh Rozendaal as much as Arnhem). Members
 * that lack the count or the population are left out of both sums and reported as missing;
 * those without a population are named, so the page can say so.
 */
public final class PerThousand {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** One member's count and population of 1 January; either may be null when not known. */
    public record Part(String area, BigDecimal count, BigDecimal population) {
    }

    /**
     * @param withoutPopulation the members whose population of 1 January is missing (CBS codes)
     */
    public record Result(Aggregate aggregate, List<String> withoutPopulation) {
    }

    private PerThousand() {
    }

    public static Result of(List<Part> parts) {
        List<Part> complete = parts.stream()
                .filter(p -> p.count() != null && p.population() != null && p.population().signum() > 0).toList();
        List<String> withoutPopulation = parts.stream()
                .filter(p -> p.population() == null || p.population().signum() <= 0).map(Part::area).toList();
        if (complete.isEmpty()) {
            return new Result(Aggregate.none(parts.size()), withoutPopulation);
        }
        BigDecimal counts = complete.stream().map(Part::count).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal population = complete.stream().map(Part::population).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ratio = counts.multiply(THOUSAND).divide(population, 4, RoundingMode.HALF_UP);
        return new Result(new Aggregate(ratio, complete.size(), parts.size()), withoutPopulation);
    }
}

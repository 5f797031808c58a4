package nl.regioan.monitoring.publicfigures.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.Message;

/**
 * What a CBS municipal code means in a period, as mergers change codes every few years:
 * <ol>
 *   <li>a dated code covering the period's start means what it says (one of ours, or a predecessor that is not);</li>
 *   <li>a dated code that does not cover it did not exist then: unknown, reported by row;</li>
 *   <li>otherwise the code of one of our municipalities means that municipality;</li>
 *   <li>any other municipal code is a municipality outside the region.</li>
 * </ol>
 * Whether one of ours was a member in that period is the membership's question, asked afterwards.
 */
public final class MunicipalCodes {

    /** The answer: one of ours, outside the region, or unknown with the reason. */
    public record Meaning(Municipality municipality, Message unknown) {

        public boolean isOurs() {
            return municipality != null;
        }

        public boolean isUnknown() {
            return unknown != null;
        }
    }

    private static final Meaning OUTSIDE = new Meaning(null, null);

    private final Map<String, List<DatedMunicipalCode>> dated;
    private final Map<String, Municipality> byCode = new HashMap<>();
    private final Map<Long, Municipality> byId = new HashMap<>();

    public MunicipalCodes(List<DatedMunicipalCode> datedCodes, List<Municipality> municipalities) {
        this.dated = datedCodes.stream().collect(Collectors.groupingBy(DatedMunicipalCode::code));
        for (Municipality municipality : municipalities) {
            byCode.put(municipality.cbsCode().value(), municipality);
            byId.put(municipality.id(), municipality);
        }
    }

    public Meaning meaning(String code, Period period) {
        LocalDate start = period.start();
        List<DatedMunicipalCode> stretches = dated.get(code);
        if (stretches != null) {
            Optional<DatedMunicipalCode> covering = stretches.stream().filter(s -> s.covers(start)).findFirst();
            if (covering.isEmpty()) {
                DatedMunicipalCode any = stretches.get(0);
                return new Meaning(null, Message.of("publicFigures.region.notThen", code, any.name(), period.toString(),
                        describe(stretches)));
            }
            Long id = covering.get().municipalityId();
            return id == null ? OUTSIDE : new Meaning(byId.get(id), null);
        }
        Municipality ours = byCode.get(code);
        return ours == null ? OUTSIDE : new Meaning(ours, null);
    }

    private static String describe(List<DatedMunicipalCode> stretches) {
        return stretches.stream().map(s -> s.validFrom() + " – " + (s.validTo() == null ? "" : s.validTo().toString()))
                .collect(Collectors.joining(", "));
    }
}

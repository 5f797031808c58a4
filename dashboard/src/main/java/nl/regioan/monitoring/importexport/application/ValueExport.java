package nl.regioan.monitoring.importexport.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.region.domain.RegionMembership;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Export of a selection of values with the import's columns plus unit and status. Drafts and
 * comments only for those who may see a municipality's details; everyone else gets the submitted
 * and approved figures.
 */
@ApplicationScoped
public class ValueExport {

    @Inject
    PeriodRange periodRange;

    public static final List<String> COLUMNS = List.of("indicator", "cbs_code", "period", "value", "comment", "unit", "status");
    private static final Set<ValueStatus> PUBLIC = EnumSet.of(ValueStatus.SUBMITTED, ValueStatus.APPROVED);

    @Schema(name = "ExportRow")

    public record Row(String indicator, String cbsCode, String period, BigDecimal value, String comment, String unit,
                      String status) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public List<Row> export(String indicatorCode, String areaText, String fromText, String toText) {
        Actor actor = currentActor.require();
        policy.require(policy.canViewDashboards(actor), Message.of("access.refused.exportFigures"));
        List<IndicatorDefinition> selected = indicatorCode == null || indicatorCode.isBlank() ? indicators.all()
                : List.of(indicators.findByCode(indicatorCode.trim().toUpperCase(Locale.ROOT)).orElseThrow(
                        () -> InvalidInputException.of("indicator", "indicator.notInCatalogue", Message.shorten(indicatorCode))));
        Period from = periodRange.parse("from", fromText);
        Period to = periodRange.parse("to", toText);
        if (from.start().isAfter(to.end())) {
            throw InvalidInputException.of("to", "range.toBeforeFrom", from.toString());
        }
        if (to.year() - from.year() > 50) {
            throw InvalidInputException.of("to", "export.maxYears", 50);
        }
        List<Municipality> all = municipalities.all();
        List<String> subregions = all.stream().flatMap(m -> m.memberships().stream()).map(RegionMembership::subregion)
                .map(s -> s.name()).distinct().sorted().toList();
        AreaSelector area;
        try {
            area = AreaSelector.parse(areaText == null || areaText.isBlank() ? AreaSelector.REGION : areaText, subregions);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("area", e);
        }
        Set<String> areaCodes = area.membersDuring(all, from.start(), to.end()).stream()
                .map(m -> m.cbsCode().value()).collect(Collectors.toSet());
        if (area.kind() == AreaSelector.Kind.REGION) {
            areaCodes.add(IndicatorValue.REGION_AREA);
        }
        List<Period> periods = new ArrayList<>();
        for (int year = from.year(); year <= to.year(); year++) {
            periods.add(Period.ofYear(year));
            periods.addAll(Period.ofYear(year).quartersOfYear());
        }
        periods.removeIf(p -> p.start().isBefore(from.start()) || p.end().isAfter(to.end()));
        List<Row> rows = new ArrayList<>();
        for (IndicatorValue v : values.ofIndicators(selected.stream().map(IndicatorDefinition::id).toList(), periods)) {
            if (!areaCodes.contains(v.areaCode()) || v.value() == null) {
                continue;
            }
            boolean details = policy.canViewValueDetailsOf(actor, v.municipalityId());
            if (!details && !PUBLIC.contains(v.status())) {
                continue;
            }
            rows.add(new Row(v.indicator().code(), IndicatorValue.REGION_AREA.equals(v.areaCode()) ? "region" : v.areaCode(),
                    v.period().toString(), plain(v.value()), details ? v.comment() : null, v.indicator().unit().name(),
                    v.status().name()));
        }
        rows.sort(Comparator.comparing(Row::indicator).thenComparing(Row::cbsCode)
                .thenComparing(r -> Period.parse(r.period())));
        return rows;
    }


    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package nl.regioan.monitoring.publicfigures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.importexport.application.NumberText;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.publicfigures.domain.CbsFile;
import nl.regioan.monitoring.publicfigures.domain.CbsObservation;
import nl.regioan.monitoring.publicfigures.domain.CbsPeriod;
import nl.regioan.monitoring.publicfigures.domain.CbsRegion;
import nl.regioan.monitoring.publicfigures.domain.DatedMunicipalCodeRepository;
import nl.regioan.monitoring.publicfigures.domain.MunicipalCodes;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImportRepository;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMapping;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMappingRepository;
import nl.regioan.monitoring.value.domain.IndicatorRules;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.PublicSource;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueValidator;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;

/**
 * Imports a CBS file, all or nothing: every figure is checked first (its measure mapped, its period
 * and region understood, its value a number the indicator takes), then the figures of the
 * region's members are stored as approved public figures with their source, replacing older ones
 * (the value's history keeps what was there). Figures of other municipalities, provinces and the
 * country are skipped and counted. Audited; {@code dryRun} checks and counts only.
 */
@ApplicationScoped
public class ImportPublicFigures {

    /** At most this many problems are listed; the count says how many there were. */
    static final int MAX_LISTED_ERRORS = 1000;
    private static final Pattern TABLE = Pattern.compile("[0-9A-Z]{5,12}");
    private static final Set<String> CBS_MISSING_MARKS = Set.of(".", "-", "x", "?");

    /** One figure that passed every check, for one indicator, area and period (a month until its quarter is built). */
    private record Figure(int row, String column, IndicatorDefinition indicator, Municipality municipality, CbsPeriod cbsPeriod,
                          Period period, BigDecimal value, PublicFigureMapping mapping) {

        String key() {
            return indicator.id() + "|" + municipality.cbsCode().value() + "|" + period;
        }
    }

    @Inject
    PublicFigureMappingRepository mappings;

    @Inject
    PublicFigureImportRepository imports;

    @Inject
    DatedMunicipalCodeRepository datedCodes;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PeriodRange periodRange;

    /**
     * @param tableParameter the table id when the file does not name it (the CSV download), or to check the one it names
     * @param downloaded     the day the file was downloaded; null: today
     */
    @Transactional
    public ImportResultView apply(CbsFile file, String tableParameter, LocalDate downloaded, String fileName, boolean dryRun) {
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), Message.of("access.refused.publicFigures"));
        String table = tableOf(file, tableParameter);
        LocalDate today = periodRange.today();
        LocalDate downloadedOn = downloaded == null ? today : downloaded;
        if (downloadedOn.isAfter(today) || downloadedOn.getYear() < PeriodRange.FIRST_YEAR) {
            throw InvalidInputException.of("downloaded", "publicFigures.downloaded.range", downloadedOn.toString(), today.toString());
        }
        Map<String, PublicFigureMapping> byMeasure = mappings.ofTable(table).stream()
                .collect(Collectors.toMap(PublicFigureMapping::measure, m -> m));
        MunicipalCodes codes = new MunicipalCodes(datedCodes.all(), municipalities.all());

        List<RowError> errors = new ArrayList<>();
        Set<String> unmappedReported = new HashSet<>();
        int skippedOutside = 0;
        int skippedOtherAreas = 0;
        int skippedPeriods = 0;
        List<Figure> figures = new ArrayList<>();
        for (CbsObservation observation : file.observations()) {
            List<RowError> rowErrors = new ArrayList<>();
            int row = observation.row();
            PublicFigureMapping mapping = byMeasure.get(observation.measure());
            if (mapping == null) {
                if (unmappedReported.add(observation.measure())) { // once per measure, at its first row
                    rowErrors.add(new RowError(row, observation.measureColumn(), Message.of("publicFigures.measure.unmapped",
                            Message.shorten(observation.measure()), table)));
                }
            }
            CbsRegion region = null;
            try {
                region = CbsRegion.parse(observation.region());
            } catch (IllegalArgumentException e) {
                rowErrors.add(new RowError(row, CbsObservation.REGION_COLUMN, InvalidValueException.reasonOf(e)));
            }
            CbsPeriod cbsPeriod = null;
            try {
                cbsPeriod = CbsPeriod.parse(observation.period(), periodRange);
            } catch (IllegalArgumentException e) {
                rowErrors.add(new RowError(row, CbsObservation.PERIOD_COLUMN, InvalidValueException.reasonOf(e)));
            }
            BigDecimal cbsValue = null;
            String valueText = observation.value();
            if (valueText == null || valueText.isBlank() || CBS_MISSING_MARKS.contains(valueText.strip())) {
                rowErrors.add(new RowError(row, observation.valueColumn(), Message.of("publicFigures.value.missing",
                        valueText == null ? "null" : Message.shorten(valueText.strip()))));
            } else {
                try {
                    cbsValue = NumberText.parse(valueText);
                } catch (IllegalArgumentException e) {
                    rowErrors.add(new RowError(row, observation.valueColumn(), InvalidValueException.reasonOf(e)));
                }
            }
            if (!rowErrors.isEmpty() || mapping == null) {
                errors.addAll(rowErrors);
                continue;
            }
            if (!region.isMunicipality()) {
                skippedOtherAreas++;
                continue;
            }
            Period period = cbsPeriod.period();
            MunicipalCodes.Meaning meaning = codes.meaning(region.code(), period);
            if (meaning.isUnknown()) {
                errors.add(new RowError(row, CbsObservation.REGION_COLUMN, meaning.unknown()));
                continue;
            }
            if (!meaning.isOurs() || !meaning.municipality().isMemberDuring(period.start(), period.end())) {
                skippedOutside++;
                continue;
            }
            IndicatorDefinition indicator = mapping.indicator();
            boolean quarterly = indicator.periodType() == PeriodType.QUARTER;
            boolean fits = quarterly ? cbsPeriod.kind() != CbsPeriod.Kind.YEAR : cbsPeriod.kind() == CbsPeriod.Kind.YEAR;
            if (!fits) {
                skippedPeriods++;
                continue;
            }
            figures.add(new Figure(row, observation.valueColumn(), indicator, meaning.municipality(), cbsPeriod, period, mapping.convert(cbsValue), mapping));
        }
        List<Figure> combined = new ArrayList<>();
        skippedPeriods += combineMonths(figures, combined, errors);
        for (Figure figure : combined) {
            ValueValidator.typeAndBoundsProblem(IndicatorRules.of(figure.indicator()), figure.value())
                    .ifPresent(problem -> errors.add(new RowError(figure.row(), figure.column(), problem)));
        }
        if (!errors.isEmpty()) {
            return refused(dryRun, table, file, downloadedOn, errors);
        }

        Map<String, IndicatorValue> existing = existing(combined);
        int stored = 0;
        int replaced = 0;
        int unchanged = 0;
        for (Figure figure : combined) {
            IndicatorValue current = existing.get(figure.key());
            if (current == null) {
                stored++;
            } else if (current.isPublicFigure() && (current.source().downloaded().isAfter(downloadedOn)
                    || IndicatorValue.plain(figure.value()).equals(IndicatorValue.plain(current.value())))) {
                unchanged++; // the same figure, or one from a file downloaded later: kept
            } else {
                replaced++;
            }
        }
        PublicFigureImport.Counts counts = new PublicFigureImport.Counts(file.observations().size(), stored, replaced,
                unchanged, skippedOutside, skippedOtherAreas, skippedPeriods);
        if (dryRun) {
            return new ImportResultView(true, null, table, file.format().name(), downloadedOn, counts, List.of());
        }
        Instant now = clock.instant();
        PublicFigureImport figureImport = new PublicFigureImport(table, file.format(), fileName, downloadedOn,
                actor.username(), now);
        figureImport.record(counts);
        imports.add(figureImport);
        for (Figure figure : combined) {
            IndicatorValue current = existing.get(figure.key());
            if (current != null && current.isPublicFigure() && (current.source().downloaded().isAfter(downloadedOn)
                    || IndicatorValue.plain(figure.value()).equals(IndicatorValue.plain(current.value())))) {
                continue;
            }
            IndicatorValue value = current;
            if (value == null) {
                value = new IndicatorValue(figure.indicator(), figure.municipality().id(), figure.municipality().cbsCode().value(),
                        figure.period(), actor.username(), now);
                values.add(value);
            }
            PublicSource source = new PublicSource(table, figure.mapping().measure(), downloadedOn, figureImport.id());
            values.addChange(value.publish(figure.value(), source, actor.username(), now));
        }
        audit.record("PUBLIC_FIGURES_IMPORTED", "public_figure_import", figureImport.id(), null,
                Json.object("table", table, "format", file.format().name(), "downloaded", downloadedOn.toString(),
                        "stored", stored, "replaced", replaced, "unchanged", unchanged, "skippedOutside", skippedOutside,
                        "skippedOtherAreas", skippedOtherAreas, "skippedPeriods", skippedPeriods));
        return new ImportResultView(false, figureImport.id(), table, file.format().name(), downloadedOn, counts, List.of());
    }

    /** The table the file names, or the parameter; both must agree when both are there. */
    private static String tableOf(CbsFile file, String tableParameter) {
        String parameter = CbsFile.normaliseTable(tableParameter == null || tableParameter.isBlank() ? null : tableParameter);
        if (parameter != null && !TABLE.matcher(parameter).matches()) {
            throw InvalidInputException.of("table", "publicFigures.table.shape", Message.shorten(tableParameter));
        }
        if (file.table() == null && parameter == null) {
            throw InvalidInputException.of("table", "publicFigures.table.required", file.format().name());
        }
        if (file.table() != null && parameter != null && !file.table().equals(parameter)) {
            throw InvalidInputException.of("table", "publicFigures.table.differs", parameter, file.table());
        }
        return parameter != null ? parameter : file.table();
    }

    /**
     * Months of a quarterly indicator become their quarter by the indicator's rule over time (a flow
     * sums its months, a stock takes the last, a score averages); all three months are needed. Months
     * of a quarter the file also gives as a whole are skipped. Returns the number of months skipped.
     */
    private static int combineMonths(List<Figure> figures, List<Figure> combined, List<RowError> errors) {
        Map<String, List<Figure>> months = new LinkedHashMap<>();
        Map<String, Figure> whole = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.cbsPeriod().kind() == CbsPeriod.Kind.MONTH) {
                months.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
                continue;
            }
            Figure first = whole.putIfAbsent(figure.key(), figure);
            if (first != null) {
                errors.add(new RowError(figure.row(), CbsObservation.PERIOD_COLUMN, Message.of("import.duplicate", first.row())));
            } else {
                combined.add(figure);
            }
        }
        int skipped = 0;
        for (Map.Entry<String, List<Figure>> quarter : months.entrySet()) {
            List<Figure> list = quarter.getValue();
            if (whole.containsKey(quarter.getKey())) {
                skipped += list.size();
                continue;
            }
            list.sort(Comparator.comparingInt(f -> f.cbsPeriod().number()));
            Figure first = list.get(0);
            Set<Integer> numbers = list.stream().map(f -> f.cbsPeriod().number()).collect(Collectors.toSet());
            if (numbers.size() != list.size()) {
                errors.add(new RowError(list.get(1).row(), CbsObservation.PERIOD_COLUMN, Message.of("import.duplicate", first.row())));
                continue;
            }
            if (list.size() != 3) {
                errors.add(new RowError(first.row(), CbsObservation.PERIOD_COLUMN, Message.of("publicFigures.month.incomplete",
                        first.period().toString(), list.stream().map(f -> f.cbsPeriod().toString()).collect(Collectors.joining(", ")))));
                continue;
            }
            BigDecimal value = switch (first.indicator().timeAggregation()) {
                case SUM -> list.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                case LAST -> list.get(2).value();
                case MEAN -> list.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
            };
            combined.add(new Figure(first.row(), first.column(), first.indicator(), first.municipality(), first.cbsPeriod(), first.period(),
                    value, first.mapping()));
        }
        return skipped;
    }

    private Map<String, IndicatorValue> existing(List<Figure> figures) {
        Set<Long> ids = figures.stream().map(f -> f.indicator().id()).collect(Collectors.toSet());
        Set<Period> periods = figures.stream().map(Figure::period).collect(Collectors.toSet());
        Map<String, IndicatorValue> map = new HashMap<>();
        for (IndicatorValue value : values.ofIndicators(ids, periods)) {
            map.put(value.indicator().id() + "|" + value.areaCode() + "|" + value.period(), value);
        }
        return map;
    }

    private static ImportResultView refused(boolean dryRun, String table, CbsFile file, LocalDate downloaded,
                                            List<RowError> errors) {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row));
        if (sorted.size() > MAX_LISTED_ERRORS) {
            int total = sorted.size();
            sorted = new ArrayList<>(sorted.subList(0, MAX_LISTED_ERRORS));
            sorted.add(new RowError(0, "file", Message.of("publicFigures.moreProblems", total - MAX_LISTED_ERRORS, total)));
        }
        return new ImportResultView(dryRun, null, table, file.format().name(), downloaded, null, sorted);
    }
}

package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * Imports an existing register (rows of a CSV or XLSX file), all or nothing: every row is checked as
 * a single save would be, every problem is named as "/line/column", and one bad row stores none.
 * A row for a municipality the writer may not write for refuses the whole file (403).
 */
@ApplicationScoped
public class ImportLocations {

    public static final int MAX_ROWS = 2_000;

    /** The columns of the file, in the order of the export; only name, cbs_code, kind and status are needed. */
    public static final List<String> COLUMNS = List.of("name", "address", "cbs_code", "kind", "status",
            "permit_applied_on", "permitted_on", "in_use_from", "closed_on", "operator", "beds",
            "average_room_area_m2", "average_occupants", "usable_living_area_m2", "snf_certified", "snf_certified_on",
            "snf_expires_on", "manager", "separate_rental_contract", "minors_housed", "sleeping_place_shared_per_day",
            "short_stays", "night_register", "house_rules_languages", "resident_languages", "contact_person",
            "visibility");

    /** Where a field of the form is in the file, when its column is not simply the field in snake case. */
    private static final Map<String, String> COLUMN_OF = Map.of("municipality", "cbs_code",
            "averageRoomArea", "average_room_area_m2", "usableLivingArea", "usable_living_area_m2");

    @Inject
    LocationInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    HousingLocationRepository locations;

    @Inject
    LocationSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public List<HousingLocation> importAll(Actor actor, List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "housing.import.empty", String.join(",", COLUMNS));
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("file", "housing.import.tooMany", MAX_ROWS, rows.size());
        }
        List<FieldError> errors = new ArrayList<>();
        List<LocationDetails> checked = new ArrayList<>();
        for (SheetRow row : rows) {
            List<FieldError> rowErrors = new ArrayList<>();
            LocationCommand command = command(row, rowErrors);
            LocationInputs.Checked result = inputs.check(actor, command);
            rowErrors.addAll(result.errors());
            for (FieldError error : rowErrors) {
                errors.add(new FieldError("/" + row.line() + "/" + column(error.field()), error.message()));
            }
            if (result.details() != null) {
                policy.require(policy.canWriteLocationFor(actor, result.details().municipalityId()),
                        Message.of("access.refused.locationForMunicipality"));
                checked.add(result.details());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<HousingLocation> imported = new ArrayList<>();
        for (LocationDetails details : checked) {
            HousingLocation location = new HousingLocation(details, actor.accountId(), clock.instant());
            locations.add(location);
            locations.flush(); // the id is needed for the version row
            saves.saved(actor, location, "imported", null);
            imported.add(location);
        }
        return imported;
    }

    private static LocationCommand command(SheetRow row, List<FieldError> errors) {
        return new LocationCommand(row.cell("name"), row.cell("address"), row.cell("cbs_code"), row.cell("kind"),
                row.cell("status"), row.cell("permit_applied_on"), row.cell("permitted_on"), row.cell("in_use_from"),
                row.cell("closed_on"), row.cell("operator"), whole(row, "beds", errors), List.of(),
                decimal(row, "average_room_area_m2", errors), decimal(row, "average_occupants", errors),
                decimal(row, "usable_living_area_m2", errors), yesNo(row, "snf_certified", errors),
                row.cell("snf_certified_on"), row.cell("snf_expires_on"), row.cell("manager"),
                yesNo(row, "separate_rental_contract", errors), yesNo(row, "minors_housed", errors),
                yesNo(row, "sleeping_place_shared_per_day", errors), yesNo(row, "short_stays", errors),
                yesNo(row, "night_register", errors), codes(row, "house_rules_languages"),
                codes(row, "resident_languages"), row.cell("contact_person"), List.of(), row.cell("visibility"));
    }

    /** camelCase field of the form -> column of the file; "/rooms/..." and the like stay as they are. */
    static String column(String field) {
        if (COLUMN_OF.containsKey(field)) {
            return COLUMN_OF.get(field);
        }
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Integer whole(SheetRow row, String column, List<FieldError> errors) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        try {
            // a spreadsheet writes a whole number as 40 or 40.0
            return new BigDecimal(text.replace(',', '.')).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(FieldError.of(column, "housing.import.wholeNumber", Message.shorten(text)));
            return null;
        }
    }

    private static BigDecimal decimal(SheetRow row, String column, List<FieldError> errors) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(column, "housing.import.number", Message.shorten(text)));
            return null;
        }
    }

    private static Boolean yesNo(SheetRow row, String column, List<FieldError> errors) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "true", "1", "j", "y" -> true;
            case "nee", "no", "false", "0", "n" -> false;
            default -> {
                errors.add(FieldError.of(column, "housing.import.yesNo", Message.shorten(text)));
                yield null;
            }
        };
    }

    private static List<String> codes(SheetRow row, String column) {
        String text = row.cell(column);
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}

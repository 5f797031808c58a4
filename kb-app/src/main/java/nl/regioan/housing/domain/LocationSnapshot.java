package nl.regioan.housing.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.regioan.access.domain.Visibility;

/**
 * What a version row keeps: the location's details as JSON, so a later change of the table does not
 * break old versions. Absent fields read back as null (not filled in).
 */
public final class LocationSnapshot {

    private LocationSnapshot() {
    }

    public static String toJson(LocationDetails d) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "name", d.name());
        put(json, "address", d.address());
        json.add("municipalityId", d.municipalityId());
        put(json, "kind", d.kind());
        put(json, "status", d.status());
        put(json, "permitAppliedOn", d.permitAppliedOn());
        put(json, "permittedOn", d.permittedOn());
        put(json, "inUseFrom", d.inUseFrom());
        put(json, "closedOn", d.closedOn());
        put(json, "operator", d.operator());
        put(json, "beds", d.beds());
        JsonArrayBuilder rooms = Json.createArrayBuilder();
        d.rooms().forEach(room -> rooms.add(Json.createObjectBuilder().add("area", room.area())
                .add("occupants", room.occupants()).add("couple", room.couple())));
        json.add("rooms", rooms);
        put(json, "averageRoomArea", d.averageRoomArea());
        put(json, "averageOccupants", d.averageOccupants());
        put(json, "usableLivingArea", d.usableLivingArea());
        put(json, "snfCertified", d.snfCertified());
        put(json, "snfCertifiedOn", d.snfCertifiedOn());
        put(json, "snfExpiresOn", d.snfExpiresOn());
        put(json, "manager", d.manager());
        put(json, "separateRentalContract", d.separateRentalContract());
        put(json, "minorsHoused", d.minorsHoused());
        put(json, "sleepingPlaceSharedPerDay", d.sleepingPlaceSharedPerDay());
        put(json, "shortStays", d.shortStays());
        put(json, "nightRegister", d.nightRegister());
        json.add("houseRulesLanguages", strings(d.houseRulesLanguages()));
        json.add("residentLanguages", strings(d.residentLanguages()));
        put(json, "contactPerson", d.contactPerson());
        JsonArrayBuilder links = Json.createArrayBuilder();
        d.linkedItemIds().forEach(links::add);
        json.add("linkedItems", links);
        put(json, "visibility", d.visibility());
        return json.build().toString();
    }

    public static LocationDetails fromJson(String text) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        List<Room> rooms = o.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .map(r -> new Room(r.getJsonNumber("area").bigDecimalValue(), r.getInt("occupants"), r.getBoolean("couple")))
                .toList();
        List<Long> links = o.getJsonArray("linkedItems").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
        return new LocationDetails(o.getString("name"), text(o, "address"), o.getJsonNumber("municipalityId").longValue(),
                HousingKind.valueOf(o.getString("kind")), LocationStatus.valueOf(o.getString("status")),
                date(o, "permitAppliedOn"), date(o, "permittedOn"), date(o, "inUseFrom"), date(o, "closedOn"),
                text(o, "operator"), o.containsKey("beds") ? o.getInt("beds") : null, rooms,
                decimal(o, "averageRoomArea"), decimal(o, "averageOccupants"), decimal(o, "usableLivingArea"),
                bool(o, "snfCertified"), date(o, "snfCertifiedOn"), date(o, "snfExpiresOn"),
                parse(o, "manager", ManagerPresence::valueOf), bool(o, "separateRentalContract"),
                bool(o, "minorsHoused"), bool(o, "sleepingPlaceSharedPerDay"), bool(o, "shortStays"),
                bool(o, "nightRegister"), stringSet(o, "houseRulesLanguages"), stringSet(o, "residentLanguages"),
                text(o, "contactPerson"), links, Visibility.valueOf(o.getString("visibility")));
    }

    private static void put(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            json.add(key, number);
        } else if (value instanceof Integer number) {
            json.add(key, number);
        } else if (value instanceof Boolean flag) {
            json.add(key, flag);
        } else if (value instanceof Enum<?> code) {
            json.add(key, code.name());
        } else {
            json.add(key, value.toString());
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) ? o.getString(key) : null;
    }

    private static LocalDate date(JsonObject o, String key) {
        return parse(o, key, LocalDate::parse);
    }

    private static <T> T parse(JsonObject o, String key, Function<String, T> valueOf) {
        return o.containsKey(key) ? valueOf.apply(o.getString(key)) : null;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonNumber(key).bigDecimalValue() : null;
    }

    private static Boolean bool(JsonObject o, String key) {
        return o.containsKey(key) ? o.getBoolean(key) : null;
    }

    private static Set<String> stringSet(JsonObject o, String key) {
        Set<String> result = new TreeSet<>();
        if (o.containsKey(key)) {
            o.getJsonArray(key).getValuesAs(JsonString.class).forEach(s -> result.add(s.getString()));
        }
        return result;
    }
}

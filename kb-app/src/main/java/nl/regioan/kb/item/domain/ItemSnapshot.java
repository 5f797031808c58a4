package nl.regioan.kb.item.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * What a version row keeps: the item's content and its status at that moment, as JSON (so a later
 * change of the table does not break old versions), and as readable lines for a diff.
 */
public record ItemSnapshot(ItemContent content, ContentStatus status) {

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", content.kind().name())
                .add("title", content.title())
                .add("summary", content.summary())
                .add("body", content.body())
                .add("visibility", content.visibility().name())
                .add("status", status.name())
                .add("themes", array(content.themes()))
                .add("blocks", array(content.blocks()))
                .add("tags", array(content.tags()));
        addNullable(json, "owningMunicipalityId", content.owningMunicipalityId());
        addNullable(json, "reviewBy", content.reviewBy());
        ParticipationCase pc = content.participation();
        if (pc != null) {
            JsonObjectBuilder p = Json.createObjectBuilder();
            addNullable(p, "location", pc.location());
            addNullable(p, "beds", pc.beds());
            addNullable(p, "housingKind", pc.housingKind());
            addNullable(p, "phase", pc.phase());
            p.add("methods", array(pc.methods().stream().map(Enum::name).sorted().toList()));
            p.add("participants", array(pc.participants().stream().map(Enum::name).sorted().toList()));
            addNullable(p, "outcome", pc.outcome());
            addNullable(p, "whatWorked", pc.whatWorked());
            addNullable(p, "whatDidNot", pc.whatDidNot());
            addNullable(p, "contactPerson", pc.contactPerson());
            json.add("participation", p);
        }
        return json.build().toString();
    }

    public static ItemSnapshot fromJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            ParticipationCase pc = null;
            if (json.containsKey("participation")) {
                JsonObject p = json.getJsonObject("participation");
                pc = new ParticipationCase(string(p, "location"),
                        p.containsKey("beds") ? p.getInt("beds") : null,
                        parse(p, "housingKind", ParticipationCase.HousingKind::valueOf),
                        parse(p, "phase", ParticipationCase.Phase::valueOf),
                        enums(p.getJsonArray("methods"), ParticipationCase.Method.class),
                        enums(p.getJsonArray("participants"), ParticipationCase.Participant.class),
                        parse(p, "outcome", ParticipationCase.Outcome::valueOf),
                        string(p, "whatWorked"), string(p, "whatDidNot"), string(p, "contactPerson"));
            }
            ItemContent content = new ItemContent(ItemKind.valueOf(json.getString("kind")), json.getString("title"),
                    json.getString("summary"), json.getString("body"),
                    json.containsKey("owningMunicipalityId")
                            ? json.getJsonNumber("owningMunicipalityId").longValue() : null,
                    Visibility.valueOf(json.getString("visibility")), strings(json.getJsonArray("themes")),
                    strings(json.getJsonArray("blocks")), strings(json.getJsonArray("tags")),
                    parse(json, "reviewBy", LocalDate::parse), pc);
            return new ItemSnapshot(content, ContentStatus.valueOf(json.getString("status")));
        }
    }

    /** The snapshot as lines a person can compare: one line per field, then the body line by line. */
    public List<String> readableLines() {
        List<String> lines = new ArrayList<>();
        lines.add("kind: " + content.kind());
        lines.add("status: " + status);
        lines.add("title: " + content.title());
        lines.add("summary: " + content.summary());
        lines.add("municipality: " + (content.owningMunicipalityId() == null ? "region" : content.owningMunicipalityId()));
        lines.add("visibility: " + content.visibility());
        lines.add("themes: " + String.join(", ", content.themes()));
        lines.add("blocks: " + String.join(", ", content.blocks()));
        lines.add("tags: " + String.join(", ", content.tags()));
        lines.add("reviewBy: " + (content.reviewBy() == null ? "" : content.reviewBy()));
        ParticipationCase pc = content.participation();
        if (pc != null) {
            lines.add("participation.location: " + nullToEmpty(pc.location()));
            lines.add("participation.beds: " + nullToEmpty(pc.beds()));
            lines.add("participation.housingKind: " + nullToEmpty(pc.housingKind()));
            lines.add("participation.phase: " + nullToEmpty(pc.phase()));
            lines.add("participation.methods: " + pc.methods().stream().map(Enum::name).sorted().toList());
            lines.add("participation.participants: " + pc.participants().stream().map(Enum::name).sorted().toList());
            lines.add("participation.outcome: " + nullToEmpty(pc.outcome()));
            lines.add("participation.whatWorked: " + nullToEmpty(pc.whatWorked()));
            lines.add("participation.whatDidNot: " + nullToEmpty(pc.whatDidNot()));
            lines.add("participation.contactPerson: " + nullToEmpty(pc.contactPerson()));
        }
        lines.add("body:");
        lines.addAll(content.body().lines().toList());
        return lines;
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static JsonArrayBuilder array(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void addNullable(JsonObjectBuilder json, String key, Object value) {
        if (value instanceof Number number) {
            json.add(key, number.longValue());
        } else if (value != null) {
            json.add(key, value.toString());
        }
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static <T> T parse(JsonObject json, String key, Function<String, T> parser) {
        String value = string(json, key);
        return value == null ? null : parser.apply(value);
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(JsonArray array, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        strings(array).forEach(code -> result.add(Enum.valueOf(type, code)));
        return result;
    }
}

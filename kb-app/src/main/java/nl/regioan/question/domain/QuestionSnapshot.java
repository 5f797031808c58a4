package nl.regioan.question.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import nl.regioan.access.domain.Visibility;

/** What a version row keeps of a question or an answer, as JSON, so later table changes do not break old versions. */
public final class QuestionSnapshot {

    private QuestionSnapshot() {
    }

    public static String toJson(QuestionContent content) {
        return Json.createObjectBuilder().add("title", content.title()).add("body", content.body())
                .add("visibility", content.visibility().name()).add("themes", array(content.themes()))
                .add("blocks", array(content.blocks())).build().toString();
    }

    public static QuestionContent fromJson(String text) {
        JsonObject json = read(text);
        return new QuestionContent(json.getString("title"), json.getString("body"),
                Visibility.valueOf(json.getString("visibility")), strings(json, "themes"), strings(json, "blocks"));
    }

    public static String answerToJson(String body) {
        return Json.createObjectBuilder().add("body", body).build().toString();
    }

    public static String answerFromJson(String text) {
        return read(text).getString("body");
    }

    private static JsonObject read(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonObject json, String key) {
        return json.containsKey(key) ? json.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }
}

package nl.regioan.app.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    record Entry(String indicator, BigDecimal value, String comment, Long version) {
    }

    record Form(List<Entry> values, String reason) {
    }

    record Participation(Integer beds, String location, boolean urgent, LocalDate since) {
    }

    private static Object read(String json, Type type) {
        return StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    private static FieldError refusal(String json, Type type) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(json, type));
        assertEquals(1, refused.errors().size(), refused.errors()::toString);
        FieldError error = refused.errors().get(0);
        assertTrue(Messages.exists(error.code()), error.code());
        return error;
    }

    @Test
    void aWellFormedBodyIsReadIntoARecordWithExactDecimals() {
        Form form = (Form) read("{\"values\": [{\"indicator\": \"A1\", \"value\": 12.50, \"comment\": null, \"version\": 3}],"
                + " \"reason\": \"x\"}", Form.class);
        assertEquals(new BigDecimal("12.50"), form.values().get(0).value());
        assertEquals(3L, form.values().get(0).version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\": \"x\"} garbage", "{\"reason\": \"x\"} {\"reason\": \"y\"}",
            "{\"reason\": \"x\"}}", "{\"reason\": \"x\"}]", "{\"reason\": \"x\"} 1"})
    void anythingAfterTheDocumentIsRefused(String json) {
        FieldError error = refusal(json, Form.class);
        assertEquals("", error.field());
        assertEquals("body.trailing", error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\": \"x\"", "{'reason': 'x'}", "{\"values\": [],}", "{\"values\": [1,]}",
            "{\"reason\": NaN}", "{\"reason\": Infinity}", "{\"reason\": \"x\" /* c */}", "nul"})
    void malformedJsonIsASyntaxRefusal(String json) {
        assertEquals("body.syntax", refusal(json, Form.class).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyBodyIsRefused(String json) {
        assertEquals("body.missing", refusal(json, Form.class).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a string\"", "42", "true", "null", "[{\"reason\": \"x\"}]"})
    void aBodyThatIsNotAnObjectIsRefusedWhereAnObjectBelongs(String json) {
        FieldError error = refusal(json, Form.class);
        assertEquals("", error.field());
        assertEquals("body.expected.object", error.code());
    }

    @Test
    void anArrayIsRefusedWhereAJsonObjectBelongsAndAScalarWhereAStructureBelongs() {
        assertEquals("body.expected.object", refusal("[1]", JsonObject.class).code());
        assertEquals("body.expected.structure", refusal("\"rows\"", JsonStructure.class).code());
        JsonObject object = (JsonObject) read("{\"a\": [1, 2.5, \"x\", true, null]}", JsonObject.class);
        assertEquals(new BigDecimal("2.5"), object.getJsonArray("a").getJsonNumber(1).bigDecimalValue());
    }

    @Test
    void aHugeExponentIsRefusedAtOnce() {
        FieldError error = refusal("{\"values\": [{\"value\": 1e1000000}]}", Form.class);
        assertEquals("/values/0/value", error.field());
        assertEquals("body.number.range", error.code());
        assertEquals("body.number.range", refusal("{\"a\": -1E-1000000}", JsonObject.class).code());
    }

    @Test
    void fiftyThousandDigitsAreRefusedWhileTokenizing() {
        String digits = "9".repeat(50_000);
        FieldError error = refusal("{\"values\": [{\"value\": " + digits + "}]}", Form.class);
        assertEquals("body.number.tooLong", error.code());
        assertEquals("/values/0/value", error.field());
        assertEquals("body.number.tooLong", refusal("{\"a\": 0." + digits + "}", JsonObject.class).code());
    }

    @Test
    void numbersBeyondTheTargetTypeAreRefusedNotWrapped() {
        FieldError tooBig = refusal("{\"values\": [{\"version\": 9223372036854775808}]}", Form.class);
        assertEquals("/values/0/version", tooBig.field());
        assertEquals("body.expected.integer", tooBig.code());
        FieldError huge = refusal("{\"values\": [{\"version\": 1e308}]}", Form.class);
        assertEquals("/values/0/version", huge.field());
        assertEquals("body.number.range", huge.code());
        assertEquals("/beds", refusal("{\"beds\": 1e308}", Participation.class).field());
        assertEquals("body.expected.integer", refusal("{\"values\": [{\"version\": 1e5}]}", Form.class).code());
        assertEquals("body.expected.integer", refusal("{\"beds\": 1.5}", Participation.class).code());
        assertEquals("body.expected.integer", refusal("{\"beds\": 1.0}", Participation.class).code());
    }

    @Test
    void noCoercionBetweenTextsNumbersBooleansAndObjects() {
        assertEquals("body.expected.integer", refusal("{\"beds\": \"12\"}", Participation.class).code());
        assertEquals("body.expected.integer", refusal("{\"beds\": true}", Participation.class).code());
        assertEquals("body.expected.text", refusal("{\"location\": 12}", Participation.class).code());
        assertEquals("body.expected.text", refusal("{\"location\": false}", Participation.class).code());
        FieldError object = refusal("{\"values\": [{\"comment\": {\"text\": \"x\"}}]}", Form.class);
        assertEquals("/values/0/comment", object.field());
        assertEquals("body.expected.text", object.code());
        assertEquals("body.expected.boolean", refusal("{\"urgent\": \"true\"}", Participation.class).code());
        assertEquals("body.expected.boolean", refusal("{\"urgent\": null}", Participation.class).code());
        assertEquals("body.expected.number", refusal("{\"values\": [{\"value\": \"12\"}]}", Form.class).code());
        assertEquals("body.expected.array", refusal("{\"values\": {\"indicator\": \"A1\"}}", Form.class).code());
        assertEquals("body.expected.date", refusal("{\"since\": 20250101}", Participation.class).code());
    }

    @Test
    void unknownAndDuplicateFieldsAreRefused() {
        FieldError unknown = refusal("{\"values\": [{\"indicatr\": \"A1\"}]}", Form.class);
        assertEquals("/values/0/indicatr", unknown.field());
        assertEquals("body.unknownField", unknown.code());
        assertTrue(unknown.text(Messages.ENGLISH).contains("indicator"), unknown.text(Messages.ENGLISH));
        assertEquals("body.duplicateField", refusal("{\"reason\": \"a\", \"reason\": \"b\"}", Form.class).code());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertEquals("body.tooDeep", refusal("{\"a\": " + deep + "}", JsonObject.class).code());
    }

    @Test
    void aListBodyNamesTheElementByIndex() {
        Type listOfEntries = new Object() {
            List<Entry> field;
        }.getClass().getDeclaredFields()[0].getGenericType();
        FieldError error = refusal("[{\"indicator\": \"A1\"}, {\"version\": \"x\"}]", listOfEntries);
        assertEquals("/1/version", error.field());
        assertEquals("body.expected.array", refusal("{\"indicator\": \"A1\"}", listOfEntries).code());
    }
}

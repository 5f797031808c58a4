package nl.regioan.monitoring.value.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.monitoring.value.application.EntryInput;
import nl.regioan.monitoring.value.application.EntryRequest;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Reads the body of a form save ({@link FormResource.DraftRequest}) keeping apart a field left out and a
 * field sent as null, which a record binding cannot: left out keeps the stored figure or comment, null
 * clears it. Types are strict: a value is a JSON number or null, a comment a string or null.
 */
final class DraftBody {

    private static final int MAX_NUMBER_CHARS = 40;

    record Draft(List<EntryInput> values, String reason) {
    }

    private DraftBody() {
    }

    static Draft read(JsonObject body) {
        if (body == null) {
            return new Draft(null, null);
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = text(body, "reason", "/reason", errors);
        JsonValue values = body.get("values");
        List<EntryInput> entries = null;
        if (values != null && values.getValueType() != JsonValue.ValueType.NULL) {
            if (values.getValueType() != JsonValue.ValueType.ARRAY) {
                throw InvalidInputException.of("/values", "form.values.array");
            }
            entries = new ArrayList<>();
            List<JsonValue> list = values.asJsonArray();
            for (int i = 0; i < list.size(); i++) {
                String at = "/values/" + i;
                if (list.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    errors.add(FieldError.of(at, "form.value.object"));
                    continue;
                }
                JsonObject line = list.get(i).asJsonObject();
                String indicator = text(line, "indicator", at + "/indicator", errors);
                BigDecimal value = number(line, "value", at + "/value", errors);
                String comment = text(line, "comment", at + "/comment", errors);
                BigDecimal version = number(line, "version", at + "/version", errors);
                Long versionNumber = null;
                if (version != null) {
                    try {
                        versionNumber = version.longValueExact();
                    } catch (ArithmeticException e) {
                        errors.add(FieldError.of(at + "/version", "form.field.wholeNumber"));
                    }
                }
                entries.add(new EntryInput(new EntryRequest(indicator, value, comment, versionNumber),
                        line.containsKey("value"), line.containsKey("comment")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Draft(entries, reason);
    }

    private static String text(JsonObject object, String name, String field, List<FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(FieldError.of(field, "form.field.text"));
        return null;
    }

    private static BigDecimal number(JsonObject object, String name, String field, List<FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            String text = number.toString();
            // bounded before conversion: a value such as 1e1000000 must not cost a thread
            if (text.length() > MAX_NUMBER_CHARS) {
                errors.add(FieldError.of(field, "form.number.digits", MAX_NUMBER_CHARS));
                return null;
            }
            BigDecimal decimal = number.bigDecimalValue();
            if (decimal.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                errors.add(FieldError.of(field, "form.number.magnitude", "10^15"));
                return null;
            }
            return decimal;
        }
        errors.add(FieldError.of(field, "form.field.number"));
        return null;
    }
}

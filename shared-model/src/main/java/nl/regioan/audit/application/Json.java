package nl.regioan.audit.application;

import jakarta.json.JsonObjectBuilder;

/** Builds the small JSON documents kept as old and new values in the audit log. */
public final class Json {

    private Json() {
    }

    /** {@code object("name", "x", "count", 3)}: alternating keys and values; nulls are left out. */
    public static String object(Object... keysAndValues) {
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String key = keysAndValues[i].toString();
            if (value == null) {
                continue;
            }
            if (value instanceof Number number) {
                builder.add(key, new java.math.BigDecimal(number.toString()));
            } else if (value instanceof Boolean flag) {
                builder.add(key, flag);
            } else if (value instanceof Iterable<?> values) {
                var array = jakarta.json.Json.createArrayBuilder();
                values.forEach(v -> array.add(String.valueOf(v)));
                builder.add(key, array);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }
}

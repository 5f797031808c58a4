package nl.regioan.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;

/** Assertions on a 400 problem: it names the field at fault and says what is allowed, without internals. */
public final class Refusals {

    private Refusals() {
    }

    /** The fields a problem names; bulk-delivery row errors name a {@code column} instead. */
    public static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.containsKey("field") ? e.getString("field") : e.getString("column")).toList();
    }

    public static void assertRefused(Api.Reply reply, String field, String mentioned) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(fields(reply).contains(field), () -> "names " + field + ": " + reply);
        assertTrue(reply.body().contains(mentioned), () -> "says " + mentioned + ": " + reply);
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }
}

package nl.regioan.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import nl.regioan.shared.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void readsPlainQuotedAndWeakVersions() {
        assertEquals(3L, IfMatch.required("3"));
        assertEquals(3L, IfMatch.required("\"3\""));
        assertEquals(12L, IfMatch.required(" W/\"12\" "));
    }

    @Test
    void anOptionalHeaderMayBeMissing() {
        assertEquals(Optional.empty(), IfMatch.optional(null));
        assertEquals(Optional.empty(), IfMatch.optional("  "));
        assertEquals(Optional.of(7L), IfMatch.optional("\"7\""));
    }

    @Test
    void aMissingRequiredHeaderIsRefusedNamingIfMatchWithTheCallersReason() {
        InvalidInputException general = assertThrows(InvalidInputException.class, () -> IfMatch.required(""));
        assertEquals("If-Match", general.errors().get(0).field());
        assertEquals("ifMatch.required", general.errors().get(0).code());
        InvalidInputException named = assertThrows(InvalidInputException.class,
                () -> IfMatch.required(null, "ifMatch.required.item", 42));
        assertEquals("ifMatch.required.item", named.errors().get(0).code());
    }

    @Test
    void textThatIsNoVersionIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IfMatch.optional("\"abc\""));
        assertEquals("If-Match", e.errors().get(0).field());
        assertEquals("ifMatch.notAVersion", e.errors().get(0).code());
    }
}

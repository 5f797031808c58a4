package nl.regioan.kb.watch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WatchTargetTest {

    @Test
    void oneItemHasOneSpelling() {
        assertEquals(19, WatchTarget.itemId("19"));
        assertEquals(19, WatchTarget.itemId("019"));
        assertEquals(19, WatchTarget.itemId(" 0019 "));
    }

    @Test
    void otherShapesAreRefused() {
        for (String bad : new String[] {"+19", "-19", "1 9", "١٩", "19.0", "", "0", "1234567890123456789", "1e3"}) {
            assertThrows(IllegalArgumentException.class, () -> WatchTarget.itemId(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> WatchTarget.itemId(null));
    }
}

package nl.regioan.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nearest members by population of 1 January (populations chosen for the test). */
class PeersTest {

    private static Peers.Candidate c(String code, String name, Integer population) {
        return new Peers.Candidate(code, name, population == null ? null : BigDecimal.valueOf(population));
    }

    private static final List<Peers.Candidate> MEMBERS = List.of(
            c("GM0202", "Arnhem", 166000), c("GM0268", "Nijmegen", 188000), c("GM0299", "Zevenaar", 45000),
            c("GM0226", "Duiven", 26000), c("GM0293", "Westervoort", 15000), c("GM0221", "Doesburg", 11000),
            c("GM0209", "Beuningen", 26500), c("GM0277", "Rozendaal", 1700), c("GM0252", "Heumen", null));

    @Test
    void theFourNearestInPopulationNearestFirstWithoutItself() {
        List<String> peers = Peers.nearest("GM0226", BigDecimal.valueOf(26000), MEMBERS, Peers.COUNT).stream()
                .map(Peers.Candidate::name).toList();
        assertEquals(List.of("Beuningen", "Westervoort", "Doesburg", "Zevenaar"), peers);
    }

    @Test
    void membersWithoutPopulationAreNoPeersAndWithoutItsOwnThereAreNone() {
        assertTrue(Peers.nearest("GM0277", BigDecimal.valueOf(1700), MEMBERS, Peers.COUNT).stream()
                .noneMatch(p -> p.name().equals("Heumen")));
        assertTrue(Peers.nearest("GM0252", null, MEMBERS, Peers.COUNT).isEmpty());
    }

    @Test
    void anEqualDistanceGoesToTheSmallerCode() {
        List<Peers.Candidate> two = List.of(c("GM0300", "B", 110), c("GM0100", "A", 90));
        assertEquals("A", Peers.nearest("GM0001", BigDecimal.valueOf(100), two, 1).get(0).name());
    }
}

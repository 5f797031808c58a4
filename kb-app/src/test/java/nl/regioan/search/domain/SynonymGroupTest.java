package nl.regioan.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import nl.regioan.shared.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class SynonymGroupTest {

    @Test
    void twentyLongTermsDoNotFitTheColumnAndAreRefusedNamingTheLimit() {
        List<String> long20 = IntStream.range(0, 20).mapToObj(i -> "term" + i + "x".repeat(90)).toList();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SynonymGroup.validated(long20));
        assertEquals("terms", e.errors().get(0).field());
        assertTrue(e.errors().get(0).text(java.util.Locale.ENGLISH).contains("at most 1000 characters"), e.getMessage());
    }

    @Test
    void termsThatFitAreKept() {
        List<String> terms = IntStream.range(0, 9).mapToObj(i -> "term" + i + "x".repeat(100 - 5)).toList();
        assertEquals(9, SynonymGroup.validated(terms).size());
    }

    @Test
    void aDecomposedLetterIsTheSameTermAsTheComposedOne() {
        assertEquals(List.of("café", "koffie"), SynonymGroup.validated(List.of("café", "cafe\u0301", "koffie")));
        assertEquals(List.of("café", "cafe"), SynonymGroup.validated(List.of("café", "cafe")));
    }

    @Test
    void aLongTermIsRefused() {
        assertThrows(InvalidInputException.class, () -> SynonymGroup.validated(List.of("a".repeat(101), "b")));
        assertThrows(InvalidInputException.class, () -> SynonymGroup.validated(Collections.nCopies(2, "a")));
    }
}

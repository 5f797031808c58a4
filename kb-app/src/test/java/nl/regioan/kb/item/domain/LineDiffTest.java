package nl.regioan.kb.item.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.regioan.kb.item.domain.LineDiff.Change;
import nl.regioan.kb.item.domain.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsKeptRemovedAndAddedLinesInOrder() {
        List<Line> diff = LineDiff.between(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
        assertEquals(List.of(new Line(Change.SAME, "a"), new Line(Change.REMOVED, "b"), new Line(Change.ADDED, "x"),
                new Line(Change.SAME, "c"), new Line(Change.ADDED, "d")), diff);
    }

    @Test
    void identicalAndEmptyVersions() {
        assertEquals(List.of(new Line(Change.SAME, "a")), LineDiff.between(List.of("a"), List.of("a")));
        assertEquals(List.of(new Line(Change.ADDED, "a")), LineDiff.between(List.of(), List.of("a")));
        assertEquals(List.of(new Line(Change.REMOVED, "a")), LineDiff.between(List.of("a"), List.of()));
    }
}

package nl.regioan.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(t -> t == null ? null : new BigDecimal(t)).toList();
    }

    private static List<String> ticks(AxisTicks axis) {
        return axis.ticks().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void anAgreementShareUpToEightyReadsInTwenties() {
        // The chart the issue quotes drew 43,2 / 64,8 / 86,4 for these values.
        AxisTicks axis = AxisTicks.of(values("71.5", "78", null, "80"));
        assertEquals(List.of("0", "20", "40", "60", "80"), ticks(axis));
        assertEquals("20", axis.step().toPlainString());
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (String max : List.of("0.07", "0.9", "3", "7.5", "13", "86.4", "151", "999", "1234.5", "48000", "2750000")) {
            AxisTicks axis = AxisTicks.of(values(max));
            String digits = axis.step().unscaledValue().toString().replaceAll("0+$", "");
            assertTrue(List.of("1", "2", "5").contains(digits), max + " -> step " + axis.step());
            assertTrue(axis.ticks().size() - 1 <= AxisTicks.MAX_STEPS, max + " -> " + ticks(axis));
            assertTrue(axis.max().compareTo(new BigDecimal(max)) >= 0, "the highest value is on the axis");
            assertTrue(axis.ticks().size() >= 3, max + " -> at least two steps: " + ticks(axis));
        }
    }

    @Test
    void jobsWithBaselineAndTargetStartAtZeroAndReachTheTarget() {
        // Banen: 900 and 1.234,5 with baseline 1.000 and target 1.500.
        assertEquals(List.of("0", "500", "1000", "1500"), ticks(AxisTicks.of(values("900", "1234.5", "1000", "1500"))));
    }

    @Test
    void negativeValuesGetTicksBelowZero() {
        // Saldo van vestigingen: -35 to 12.
        assertEquals(List.of("-40", "-30", "-20", "-10", "0", "10", "20"), ticks(AxisTicks.of(values("-35", "12"))));
    }

    @Test
    void decimalsStayExact() {
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4"), ticks(AxisTicks.of(values("0.37"))));
    }

    @Test
    void noValuesOrOnlyZeroGiveZeroToOne() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), ticks(AxisTicks.of(values())));
        assertEquals(ticks(AxisTicks.of(values())), ticks(AxisTicks.of(values("0", null))));
    }
}

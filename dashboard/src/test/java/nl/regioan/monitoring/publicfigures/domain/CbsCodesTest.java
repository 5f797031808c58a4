package nl.regioan.monitoring.publicfigures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.Subregion;
import nl.regioan.shared.api.InvalidValueException;
import org.junit.jupiter.api.Test;

/** CBS period and region codes, and what a municipal code meant in a period. */
class CbsCodesTest {

    private static final PeriodRange RANGE = new PeriodRange(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void yearsQuartersAndMonthsAreUnderstood() {
        assertEquals(Period.ofYear(2024), CbsPeriod.parse("2024JJ00", RANGE).period());
        assertEquals(Period.ofQuarter(2024, 3), CbsPeriod.parse("2024KW03", RANGE).period());
        CbsPeriod november = CbsPeriod.parse(" 2024mm11 ", RANGE);
        assertEquals(CbsPeriod.Kind.MONTH, november.kind());
        assertEquals(Period.ofQuarter(2024, 4), november.period(), "a month belongs to its quarter");
        assertEquals("2024MM11", november.toString());
    }

    @Test
    void otherPeriodCodesAreRefusedWithTheirText() {
        for (String code : List.of("2024XX00", "2024JJ01", "2024KW05", "2024KW00", "2024MM13", "2024", "2024-Q1", "")) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> CbsPeriod.parse(code, RANGE), code);
            assertEquals("publicFigures.period.invalid", refused.reason().key(), code);
        }
        assertEquals("period.range", assertThrows(InvalidValueException.class,
                () -> CbsPeriod.parse("1995JJ00", RANGE)).reason().key());
    }

    @Test
    void regionsArePaddedMunicipalitiesProvincesOrTheCountry() {
        assertEquals(new CbsRegion(CbsRegion.Kind.MUNICIPALITY, "GM0202"), CbsRegion.parse("GM0202  "));
        assertEquals(CbsRegion.Kind.PROVINCE, CbsRegion.parse("PV25  ").kind());
        assertEquals(CbsRegion.Kind.COUNTRY, CbsRegion.parse("NL01    ").kind());
        for (String code : List.of("WK020200", "BU02020000", "GM202", "LD01", "")) {
            assertEquals("publicFigures.region.invalid",
                    assertThrows(InvalidValueException.class, () -> CbsRegion.parse(code), code).reason().key());
        }
    }

    @Test
    void aCodeMeansTheMunicipalityItMeantInThatPeriod() throws Exception {
        Subregion rijk = new Subregion("Rijk van Nijmegen");
        Municipality bergEnDal = municipality(1L, "GM1945", "Berg en Dal", rijk);
        Municipality nijmegen = municipality(2L, "GM0268", "Nijmegen", rijk);
        MunicipalCodes codes = new MunicipalCodes(List.of(
                new DatedMunicipalCode("GM1945", "Berg en Dal", 1L, LocalDate.of(2016, 1, 1), null),
                new DatedMunicipalCode("GM0241", "Groesbeek", null, LocalDate.of(1900, 1, 1), LocalDate.of(2015, 12, 31))),
                List.of(bergEnDal, nijmegen));

        assertEquals(bergEnDal, codes.meaning("GM1945", Period.ofYear(2024)).municipality());
        MunicipalCodes.Meaning before = codes.meaning("GM1945", Period.ofYear(2014));
        assertTrue(before.isUnknown(), "Berg en Dal did not exist in 2014");
        assertEquals("publicFigures.region.notThen", before.unknown().key());
        MunicipalCodes.Meaning groesbeek = codes.meaning("GM0241", Period.ofYear(2014));
        assertFalse(groesbeek.isOurs(), "Groesbeek's own figures are not Berg en Dal's");
        assertFalse(groesbeek.isUnknown());
        assertTrue(codes.meaning("GM0241", Period.ofYear(2020)).isUnknown(), "the code ended with the merger");
        assertEquals(nijmegen, codes.meaning("GM0268", Period.ofQuarter(2010, 2)).municipality(), "undated: always ours");
        MunicipalCodes.Meaning amsterdam = codes.meaning("GM0363", Period.ofYear(2024));
        assertFalse(amsterdam.isOurs());
        assertFalse(amsterdam.isUnknown(), "outside the region: skipped, not refused");
    }

    private static Municipality municipality(long id, String code, String name, Subregion subregion) throws Exception {
        Municipality municipality = new Municipality(CbsCode.of(code), name, "Gelderland");
        municipality.joinRegion(subregion, LocalDate.of(2021, 1, 1), null);
        Field field = Municipality.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(municipality, id);
        return municipality;
    }
}

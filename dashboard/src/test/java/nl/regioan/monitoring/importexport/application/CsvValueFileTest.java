package nl.regioan.monitoring.importexport.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvValueFileTest {

    @Test
    void readsAPlainUtf8File() {
        CsvValueFile.Parsed parsed = CsvValueFile.parse("""
                indicator,cbs_code,period,value,comment
                REG_RNI,GM0202,2024-Q3,12,"rustig, weinig instroom"
                REG_BRP,GM0202,2024-Q3,7,
                """.getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.errors().isEmpty(), parsed.errors()::toString);
        assertEquals(2, parsed.rows().size());
        assertEquals(new ValueRow(2, "REG_RNI", "GM0202", "2024-Q3", "12", "rustig, weinig instroom"), parsed.rows().get(0));
        assertEquals(3, parsed.rows().get(1).row());
    }

    @Test
    void readsDutchExcelWindows1252WithBomAndSemicolons() {
        byte[] text = "indicator;cbs_code;period;value;comment\r\nFIN_VERBLIJF;GM0202;2024-Q3;1234,50;geïnd via café\r\n"
                .getBytes(Charset.forName("windows-1252"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CsvValueFile.Parsed parsed = CsvValueFile.parse(withBom);
        assertTrue(parsed.errors().isEmpty(), parsed.errors()::toString);
        ValueRow row = parsed.rows().get(0);
        assertEquals("FIN_VERBLIJF", row.indicator());
        assertEquals("geïnd via café", row.comment());
        assertEquals(0, new BigDecimal("1234.5").compareTo(NumberText.parse(row.value())));
    }

    @Test
    void aMissingColumnIsNamedWithTheExpectedHeader() {
        CsvValueFile.Parsed parsed = CsvValueFile.parse("indicator,municipality,period,value\nREG_RNI,GM0202,2024-Q3,1\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, parsed.errors().size());
        assertTrue(parsed.errors().get(0).column().contains("cbs_code"));
        assertTrue(parsed.errors().get(0).problem().toString().contains("indicator,cbs_code,period,value,comment"));
        assertEquals("file", CsvValueFile.parse(new byte[0]).errors().get(0).column());
    }

    @Test
    void numbersWithUnitsOrThousandsSeparatorsSayWhatToChange() {
        assertEquals(0, new BigDecimal("12.5").compareTo(NumberText.parse("12,5")));
        assertEquals(0, new BigDecimal("-3").compareTo(NumberText.parse(" -3 ")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NumberText.parse("12 euro")).getMessage().contains("unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NumberText.parse("80%")).getMessage().contains("unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1.234,5")).getMessage()
                .contains("thousands"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NumberText.parse("")).getMessage().contains("empty"));
        assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1-2"));
    }
}

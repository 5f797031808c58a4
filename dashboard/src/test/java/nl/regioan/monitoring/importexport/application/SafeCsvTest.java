package nl.regioan.monitoring.importexport.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void textThatWouldStartAFormulaIsShownAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", SafeCsv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd|' /C calc'!A0", SafeCsv.text("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SafeCsv.text("-2+3"));
        assertEquals("'@SUM(A1:A2)", SafeCsv.text("@SUM(A1:A2)"));
        assertEquals("'\t=1", SafeCsv.text("\t=1"));
        assertEquals("'\r=1", SafeCsv.text("\r=1"));
        assertEquals("a = b", SafeCsv.text("a = b"));
        assertEquals("", SafeCsv.text(null));
    }

    @Test
    void numbersStayNumbersAndTheFileReadsBackCellForCell() throws Exception {
        String csv = SafeCsv.write(List.of("value", "comment"), List.of(
                Arrays.asList(new BigDecimal("-5.50"), "=1+1"),
                Arrays.asList(new BigDecimal("1E+3"), "line one\nline \"two\", with comma"),
                Arrays.asList(null, "-")));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertEquals("-5.50", records.get(1).get(0), "a real negative number is written as a number");
        assertEquals("'=1+1", records.get(1).get(1));
        assertEquals("1000", records.get(2).get(0), "plain digits, no exponent");
        assertEquals("line one\nline \"two\", with comma", records.get(2).get(1));
        assertEquals("", records.get(3).get(0));
        assertEquals("'-", records.get(3).get(1));
        assertEquals(4, records.size());
    }
}

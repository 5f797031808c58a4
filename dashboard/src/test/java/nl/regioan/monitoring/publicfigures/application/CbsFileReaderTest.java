package nl.regioan.monitoring.publicfigures.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.publicfigures.domain.CbsFile;
import nl.regioan.monitoring.publicfigures.domain.CbsFileFormat;
import nl.regioan.monitoring.publicfigures.domain.CbsObservation;
import org.junit.jupiter.api.Test;

/**
 * The three StatLine formats, read from fixtures written for these tests from the documented
 * formats (the table ids of the v4 fixture and all figures are made up), and the files refused.
 */
class CbsFileReaderTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CbsFileReaderTest.class.getResourceAsStream("/publicfigures/" + name)) {
            return in.readAllBytes();
        }
    }

    private static CbsFile read(byte[] bytes) {
        CbsFileReader.Read read = CbsFileReader.read(bytes);
        assertTrue(read.errors().isEmpty(), () -> "read without problems: " + read.errors());
        return read.file();
    }

    private static RowError refusal(byte[] bytes) {
        CbsFileReader.Read read = CbsFileReader.read(bytes);
        assertNull(read.file());
        assertEquals(1, read.errors().size(), read.errors()::toString);
        return read.errors().get(0);
    }

    @Test
    void odataV3TypedDataSetGivesOneFigurePerRowAndMeasureWithTheTableFromTheMetadata() throws IOException {
        CbsFile file = read(fixture("population.odata3-typed.json"));
        assertEquals(CbsFileFormat.ODATA_V3, file.format());
        assertEquals("70072NED", file.table());
        assertEquals(11, file.observations().size(), "ID is no measure");
        CbsObservation arnhem = file.observations().get(2);
        assertEquals(new CbsObservation(3, "TotaleBevolking_1", "TotaleBevolking_1", "GM0202", "2024JJ00", "166000",
                "TotaleBevolking_1"), arnhem, "the padded region code is trimmed; the row counts from 1");
    }

    @Test
    void odataV3UntypedDataSetTrimsPaddedKeysAndTextsAndKeepsTheMissingMarkForTheCheck() throws IOException {
        CbsFile file = read(fixture("jobs.odata3-untyped.json"));
        assertEquals(CbsFileFormat.ODATA_V3, file.format());
        assertEquals(6, file.observations().size(), "two measures in three rows");
        assertTrue(file.observations().stream().anyMatch(o -> o.measure().equals("Banen_1") && o.value().equals("121000")));
        CbsObservation zevenaarJobs = file.observations().stream()
                .filter(o -> o.region().equals("GM0299") && o.measure().equals("Banen_1")).findFirst().orElseThrow();
        assertEquals(".", zevenaarJobs.value());
        assertEquals(3, zevenaarJobs.row());
    }

    @Test
    void odataV4ObservationsWithTheirCodeListsInTheSameUpload() throws IOException {
        CbsFile file = read(fixture("establishments.odata4.json"));
        assertEquals(CbsFileFormat.ODATA_V4, file.format());
        assertEquals("90017NED", file.table());
        assertEquals(6, file.observations().size());
        assertEquals(new CbsObservation(1, "M000123", "Measure", "GM0202", "2024JJ00", "12050.0", "Value"),
                file.observations().get(0));
    }

    @Test
    void odataV4ObservationOutsideItsCodeListIsReportedByRowAndColumn() {
        String json = """
                {"Observations": [{"Id": 0, "Measure": "M000123", "Value": 5, "RegioS": "GM0202", "Perioden": "2024JJ00"},
                                  {"Id": 1, "Measure": "M000999", "Value": 5, "RegioS": "GM0202", "Perioden": "2024JJ00"}],
                 "MeasureCodes": [{"Identifier": "M000123"}]}""";
        RowError error = refusal(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, error.row());
        assertEquals("Measure", error.column());
        assertEquals("publicFigures.code.notInList", error.problem().key());
    }

    @Test
    void odataV4ObservationWithAnotherDimensionIsRefusedNamingIt() {
        String json = """
                {"value": [{"Id": 0, "Measure": "M000123", "Value": 5, "RegioS": "GM0202", "Perioden": "2024JJ00", "Geslacht": "T001038"}]}""";
        RowError error = refusal(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("Geslacht", error.column());
        assertEquals("publicFigures.dimension.unsupported", error.problem().key());
    }

    @Test
    void statLineCsvWithByteOrderMarkAndSemicolons() throws IOException {
        byte[] bytes = fixture("population.statline.csv");
        assertEquals(0xEF, bytes[0] & 0xFF, "the fixture starts with the byte-order mark");
        CbsFile file = read(bytes);
        assertEquals(CbsFileFormat.STATLINE_CSV, file.format());
        assertNull(file.table(), "the CSV does not say which table it is");
        assertEquals(5, file.observations().size());
        assertEquals(new CbsObservation(2, "TotaleBevolking_1", "TotaleBevolking_1", "GM0202", "2024JJ00", "166000",
                "TotaleBevolking_1"), file.observations().get(0), "row 2 is the first line after the header");
    }

    @Test
    void csvInWindows1252IsRefusedAsAWrongEncodingNamingTheLine() {
        byte[] bytes = "ID;RegioS;Perioden;Naam\n0;GM0202;2024JJ00;5\n1;GM0202;2025JJ00;Café\n"
                .getBytes(Charset.forName("windows-1252"));
        RowError error = refusal(bytes);
        assertEquals("publicFigures.file.encoding", error.problem().key());
        assertEquals(3, error.row());
    }

    @Test
    void anEmptyFileAndAFileOfOnlySpacesAreRefusedAsEmpty() {
        assertEquals("publicFigures.file.empty", refusal(new byte[0]).problem().key());
        assertEquals("publicFigures.file.empty", refusal(" \r\n ".getBytes(StandardCharsets.UTF_8)).problem().key());
        assertEquals("publicFigures.file.empty", refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).problem().key());
    }

    @Test
    void filesOfNoneOfTheFormatsAreRefused() {
        for (String text : List.of("indicator,cbs_code,period,value\nREG_RNI,GM0202,2024-Q1,5\n", "{\"rows\": []}", "[1, 2]",
                "%PDF-1.7 something", "Naam;Waarde\nArnhem;5\n")) {
            RowError error = refusal(text.getBytes(StandardCharsets.UTF_8));
            assertEquals("publicFigures.file.format", error.problem().key(), text);
        }
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        RowError error = refusal("{\"value\": [\n{\"RegioS\": \"GM0202\",\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("publicFigures.json.invalid", error.problem().key());
        assertTrue(error.row() >= 2, error::toString);
    }

    @Test
    void aCsvRowWithTooFewCellsIsNamed() {
        CbsFileReader.Read read = CbsFileReader.read("RegioS;Perioden;Banen_1\nGM0202;2024JJ00;5\nGM0268;2024JJ00\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(3), read.errors().stream().map(RowError::row).toList());
        assertEquals("publicFigures.csv.cells", read.errors().get(0).problem().key());
    }

    @Test
    void aFileWithAHeaderButNoFiguresIsRefused() {
        assertEquals("publicFigures.file.noFigures", refusal("\uFEFFID;RegioS;Perioden;Banen_1\r\n"
                .getBytes(StandardCharsets.UTF_8)).problem().key());
        assertEquals("publicFigures.file.noFigures", refusal("{\"value\": []}".getBytes(StandardCharsets.UTF_8)).problem().key());
    }
}

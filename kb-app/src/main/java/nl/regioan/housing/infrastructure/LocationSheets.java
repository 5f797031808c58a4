package nl.regioan.housing.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioan.housing.application.SheetRow;
import nl.regioan.shared.api.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an imported register: an XLSX workbook (its first sheet, with Apache POI, which Tika brings)
 * or a CSV file (UTF-8 or Excel's Windows-1252, ',' or ';'). The first row names the columns; empty
 * rows are skipped. A file neither can read is a 400 on "file".
 */
public final class LocationSheets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private LocationSheets() {
    }

    public static List<SheetRow> read(byte[] bytes) {
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        try {
            return zip ? workbook(bytes) : csv(bytes);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "housing.import.unreadable");
        }
    }

    private static List<SheetRow> workbook(byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    row.forEach(cell -> header.add(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT)));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null) {
                        cells.put(header.get(i), text(cell, formatter));
                    }
                }
                if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        }
    }

    /** Dates as ISO dates, whatever format the sheet shows them in; everything else as the sheet shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<SheetRow> csv(byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            List<SheetRow> rows = new ArrayList<>();
            if (records.isEmpty()) {
                return rows;
            }
            List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (int r = 1; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new SheetRow((int) record.getRecordNumber(), cells));
            }
            return rows;
        }
    }

    private static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        byte[] body = bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, WINDOWS_1252);
        }
    }
}

package nl.regioan.monitoring.importexport.application;

import nl.regioan.shared.api.Message;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV of a bulk delivery: columns indicator,cbs_code,period,value,comment. Accepts what
 * Dutch Excel writes: a byte-order mark, Windows-1252 instead of UTF-8, and ';' as the separator
 * (with decimal commas, handled when the value is read).
 */
public final class CsvValueFile {

    public static final List<String> COLUMNS = List.of("indicator", "cbs_code", "period", "value", "comment");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The rows, or the errors that stop the file from being read at all (row 0 = the file). */
    public record Parsed(List<ValueRow> rows, List<RowError> errors) {
    }

    private CsvValueFile() {
    }

    public static Parsed parse(byte[] bytes) {
        // Excel may put a UTF-8 byte-order mark before text that is really Windows-1252: drop the mark first.
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        String text = decode(bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            return new Parsed(List.of(), List.of(new RowError(0, "file", Message.of("import.csv.empty", String.join(",", COLUMNS)))));
        }
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<ValueRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> header = headerOf(records.get(0));
            List<String> missing = COLUMNS.stream().filter(c -> !c.equals("comment") && !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Parsed(List.of(), List.of(new RowError(1, String.join(",", missing), Message.of("import.csv.header",
                        String.join(separator == ';' ? ";" : ",", COLUMNS), Message.shorten(firstLine.trim())))));
            }
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                int line = (int) record.getRecordNumber();
                rows.add(new ValueRow(line, cell(record, header, "indicator"), cell(record, header, "cbs_code"),
                        cell(record, header, "period"), cell(record, header, "value"), cell(record, header, "comment")));
            }
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of(new RowError(0, "file", Message.of("import.csv.unreadable"))));
        }
        return new Parsed(rows, List.of());
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes in the Netherlands). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Map<String, Integer> headerOf(CSVRecord record) {
        Map<String, Integer> header = new java.util.HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            header.put(record.get(i).trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_'), i);
        }
        return header;
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index).trim();
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}

package nl.regioan.monitoring.publicfigures.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.publicfigures.domain.CbsFile;
import nl.regioan.monitoring.publicfigures.domain.CbsFileFormat;
import nl.regioan.monitoring.publicfigures.domain.CbsObservation;
import nl.regioan.shared.api.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CBS StatLine file in one of its three formats, recognised from the content (the name and
 * content type of an upload say little):
 * <ul>
 *   <li>OData v3 JSON ({@code TypedDataSet}/{@code UntypedDataSet}): {@code {"value": [{"ID": 0, "RegioS": "GM0202  ",
 *       "Perioden": "2024JJ00", "TotaleBevolking_1": 164096}]}}; keys and texts may be padded with spaces;</li>
 *   <li>OData v4 JSON ({@code Observations}): {@code {"value": [{"Measure": "M000352", "Value": 164096, "RegioS": ...}]}},
 *       or one document {@code {"Observations": [...], "MeasureCodes": [...], "RegioSCodes": [...], "PeriodenCodes": [...]}}
 *       whose code lists, when present, every observation must appear in;</li>
 *   <li>the CSV download: {@code ;}-separated UTF-8 (with a byte-order mark), a header {@code ID;RegioS;Perioden;<measure>...}.</li>
 * </ul>
 * Problems with the file as a whole are row 0, column "file".
 */
public final class CbsFileReader {

    /** The file, or why it cannot be read (then nothing else is checked). */
    public record Read(CbsFile file, List<RowError> errors) {
    }

    private static final Set<String> V3_KEYS = Set.of("ID");
    private static final Set<String> V4_KEYS = Set.of("ID", "MEASURE", "VALUE", "VALUEATTRIBUTE", "STRINGVALUE");
    private static final Pattern TABLE_IN_URL = Pattern.compile("/(\\d{5}[A-Za-z]{3})(?:/|$)");
    private static final String REGION = CbsObservation.REGION_COLUMN;
    private static final String PERIOD = CbsObservation.PERIOD_COLUMN;

    private CbsFileReader() {
    }

    public static Read read(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return refused(new RowError(lineOfFirstBadByte(bytes, start), "file", Message.of("publicFigures.file.encoding")));
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.empty")));
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(text);
        }
        return csv(text);
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    private static Read json(String text) {
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            root = reader.read();
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            return refused(new RowError((int) Math.max(0, line), "file", Message.of("publicFigures.json.invalid", line, column)));
        } catch (RuntimeException e) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.format")));
        }
        if (!(root instanceof JsonObject object)) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.format")));
        }
        JsonObject trimmedRoot = trimKeys(object);
        String table = tableOf(trimmedRoot);
        if (trimmedRoot.containsKey("Observations")) {
            return v4(list(trimmedRoot.get("Observations")), table, trimmedRoot);
        }
        JsonArray rows = list(trimmedRoot.get("value"));
        if (rows == null) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.format")));
        }
        if (!rows.isEmpty() && rows.get(0) instanceof JsonObject first && trimKeys(first).containsKey("Measure")) {
            return v4(rows, table, trimmedRoot);
        }
        return v3(rows, table);
    }

    private static Read v3(JsonArray rows, String table) {
        List<CbsObservation> observations = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            if (!(rows.get(i) instanceof JsonObject raw)) {
                errors.add(new RowError(row, "file", Message.of("publicFigures.json.rowObject")));
                continue;
            }
            JsonObject object = trimKeys(raw);
            String region = text(object.get(REGION));
            String period = text(object.get(PERIOD));
            if (region == null || period == null) {
                errors.add(new RowError(row, region == null ? REGION : PERIOD, Message.of("publicFigures.dimension.missing",
                        region == null ? REGION : PERIOD)));
                continue;
            }
            for (Map.Entry<String, JsonValue> cell : object.entrySet()) {
                String key = cell.getKey();
                if (key.equals(REGION) || key.equals(PERIOD) || V3_KEYS.contains(key.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                observations.add(new CbsObservation(row, key, key, region, period, text(cell.getValue()), key));
            }
        }
        return finish(CbsFileFormat.ODATA_V3, table, observations, errors);
    }

    private static Read v4(JsonArray rows, String table, JsonObject root) {
        if (rows == null) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.format")));
        }
        Map<String, Set<String>> codeLists = new LinkedHashMap<>();
        for (String dimension : List.of("Measure", REGION, PERIOD)) {
            JsonArray codes = list(root.get(dimension + "Codes"));
            if (codes != null) {
                Set<String> identifiers = new HashSet<>();
                for (JsonValue code : codes) {
                    if (code instanceof JsonObject c && text(trimKeys(c).get("Identifier")) != null) {
                        identifiers.add(text(trimKeys(c).get("Identifier")));
                    }
                }
                codeLists.put(dimension, identifiers);
            }
        }
        List<CbsObservation> observations = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            if (!(rows.get(i) instanceof JsonObject raw)) {
                errors.add(new RowError(row, "file", Message.of("publicFigures.json.rowObject")));
                continue;
            }
            JsonObject object = trimKeys(raw);
            List<RowError> rowErrors = new ArrayList<>();
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (String dimension : List.of("Measure", REGION, PERIOD)) {
                String value = text(object.get(dimension));
                dimensions.put(dimension, value);
                if (value == null) {
                    rowErrors.add(new RowError(row, dimension, Message.of("publicFigures.dimension.missing", dimension)));
                } else if (codeLists.containsKey(dimension) && !codeLists.get(dimension).contains(value)) {
                    rowErrors.add(new RowError(row, dimension, Message.of("publicFigures.code.notInList", Message.shorten(value),
                            dimension + "Codes")));
                }
            }
            for (String key : object.keySet()) {
                if (!dimensions.containsKey(key) && !V4_KEYS.contains(key.toUpperCase(Locale.ROOT))) {
                    rowErrors.add(new RowError(row, key, Message.of("publicFigures.dimension.unsupported", Message.shorten(key))));
                }
            }
            if (rowErrors.isEmpty()) {
                observations.add(new CbsObservation(row, dimensions.get("Measure"), "Measure", dimensions.get(REGION),
                        dimensions.get(PERIOD), text(object.get("Value")), "Value"));
            }
            errors.addAll(rowErrors);
        }
        return finish(CbsFileFormat.ODATA_V4, table, observations, errors);
    }

    /** The table named in "odata.metadata" (v3) or "@odata.context" (v4): .../odata/70072ned/$metadata#... */
    private static String tableOf(JsonObject root) {
        for (String key : List.of("odata.metadata", "@odata.context")) {
            String url = text(root.get(key));
            if (url != null) {
                Matcher matcher = TABLE_IN_URL.matcher(url);
                if (matcher.find()) {
                    return CbsFile.normaliseTable(matcher.group(1));
                }
            }
        }
        return null;
    }

    /** A list given bare, or as the "value" of an OData answer. */
    private static JsonArray list(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        if (value instanceof JsonObject object && trimKeys(object).get("value") instanceof JsonArray array) {
            return array;
        }
        return null;
    }

    /** CBS pads keys with spaces in some downloads. */
    private static JsonObject trimKeys(JsonObject object) {
        boolean padded = object.keySet().stream().anyMatch(k -> !k.equals(k.strip()));
        if (!padded) {
            return object;
        }
        var builder = Json.createObjectBuilder();
        object.forEach((key, value) -> builder.add(key.strip(), value));
        return builder.build();
    }

    /** A text or number as trimmed text; null for JSON null or a missing key. */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().strip();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value.toString();
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    private static Read csv(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!firstLine.contains(";")) {
            return refused(new RowError(1, "file", Message.of("publicFigures.file.format")));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<CbsObservation> observations = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            CSVRecord header = records.get(0);
            List<String> columns = header.stream().map(String::strip).toList();
            int region = indexOf(columns, REGION);
            int period = indexOf(columns, PERIOD);
            if (region < 0 || period < 0) {
                return refused(new RowError(1, region < 0 ? REGION : PERIOD, Message.of("publicFigures.file.format")));
            }
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                int row = (int) record.getRecordNumber();
                if (record.size() != columns.size()) {
                    errors.add(new RowError(row, "file", Message.of("publicFigures.csv.cells", columns.size(), record.size())));
                    continue;
                }
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c);
                    if (c == region || c == period || V3_KEYS.contains(column.toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    observations.add(new CbsObservation(row, column, column, record.get(region).strip(),
                            record.get(period).strip(), record.get(c).strip(), column));
                }
            }
        } catch (IOException | RuntimeException e) {
            return refused(new RowError(0, "file", Message.of("publicFigures.csv.unreadable")));
        }
        return finish(CbsFileFormat.STATLINE_CSV, null, observations, errors);
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    // ---- common -------------------------------------------------------------------------------------------------

    private static Read finish(CbsFileFormat format, String table, List<CbsObservation> observations, List<RowError> errors) {
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        if (observations.isEmpty()) {
            return refused(new RowError(0, "file", Message.of("publicFigures.file.noFigures")));
        }
        return new Read(new CbsFile(format, table, observations), List.of());
    }

    private static Read refused(RowError error) {
        return new Read(null, List.of(error));
    }

    /** The line (from 1) of the first byte sequence that is not UTF-8, so the person can find it. */
    static int lineOfFirstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}

package nl.regioan.monitoring.importexport.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the platform writes goes through here, so a cell can never be turned against the person
 * who opens the file (CSV injection, OWASP): a text cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so spreadsheets show it as text instead of evaluating it.
 * Numbers are numbers, not text: a {@link Number} cell is written as its plain digits, so a real -5 stays
 * -5 and sums still work. Quoting and CRLF line ends follow RFC 4180 (Commons CSV).
 */
public final class SafeCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private SafeCsv() {
    }

    /** A text cell as a spreadsheet must read it: prefixed when it would start a formula. */
    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return startsAFormula(cell) ? "'" + cell : cell;
    }

    static boolean startsAFormula(String cell) {
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A whole file: a header and rows whose cells are {@link Number}s, texts or null (empty). */
    public static String write(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(SafeCsv::text).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }
}

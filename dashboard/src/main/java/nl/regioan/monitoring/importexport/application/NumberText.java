package nl.regioan.monitoring.importexport.application;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a number as people write it: 12, 12.5, or with a decimal comma 12,5; never with a unit. */
public final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+([.,]\\d+)?");

    private NumberText() {
    }

    /** The number, or an IllegalArgumentException that says exactly what to change. */
    public static BigDecimal parse(String text) {
        String candidate = text == null ? "" : text.trim();
        if (candidate.isEmpty()) {
            throw new IllegalArgumentException("is empty; give a number or leave the row out");
        }
        if (PLAIN.matcher(candidate).matches()) {
            return new BigDecimal(candidate.replace(',', '.'));
        }
        if (THOUSANDS.matcher(candidate).matches()) {
            throw new IllegalArgumentException("'" + candidate + "' has a thousands separator; write it without one, e.g. 1234 or 1234.5");
        }
        if (candidate.chars().anyMatch(Character::isLetter) || candidate.contains("%") || candidate.contains("€")) {
            throw new IllegalArgumentException("'" + candidate + "' is not a number: write only the number, without a unit"
                    + " such as 'euro' or '%' (e.g. 12 or 12.5)");
        }
        throw new IllegalArgumentException("'" + candidate + "' is not a number; write it as 12 or 12.5 (or 12,5)");
    }
}

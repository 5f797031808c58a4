package nl.regioan.monitoring.importexport.application;

import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;
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
            throw InvalidValueException.of("number.text.empty");
        }
        if (PLAIN.matcher(candidate).matches()) {
            return new BigDecimal(candidate.replace(',', '.'));
        }
        if (THOUSANDS.matcher(candidate).matches()) {
            throw InvalidValueException.of("number.text.thousands", Message.shorten(candidate));
        }
        if (candidate.chars().anyMatch(Character::isLetter) || candidate.contains("%") || candidate.contains("€")) {
            throw InvalidValueException.of("number.text.unit", Message.shorten(candidate));
        }
        throw InvalidValueException.of("number.text.invalid", Message.shorten(candidate));
    }
}

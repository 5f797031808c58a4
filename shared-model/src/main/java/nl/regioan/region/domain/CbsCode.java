package nl.regioan.region.domain;

import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** The CBS municipality code, "GM" followed by four digits (GM0202 is Arnhem). */
@Embeddable
public class CbsCode {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    @Column(name = "cbs_code", nullable = false, length = 6)
    private String value;

    protected CbsCode() {
    }

    private CbsCode(String value) {
        this.value = value;
    }

    /** Parses a code; throws with a readable message when it does not look like GM0202. */
    public static CbsCode of(String text) {
        String candidate = text == null ? "" : text.trim().toUpperCase();
        if (!FORMAT.matcher(candidate).matches()) {
            throw InvalidValueException.of("municipality.cbsCode.format", Message.shorten(text));
        }
        return new CbsCode(candidate);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CbsCode code && Objects.equals(value, code.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package nl.regioan.monitoring.publicfigures.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;

/**
 * A CBS region code, trimmed ({@code "GM0202  "} is {@code GM0202}): a municipality ({@code GM####}),
 * a province ({@code PV##}) or the Netherlands ({@code NL01}). Only municipalities are stored; the
 * others are understood and skipped, as the region's figure is the sum over its members.
 */
public record CbsRegion(Kind kind, String code) {

    public enum Kind { MUNICIPALITY, PROVINCE, COUNTRY }

    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private static final Pattern PROVINCE = Pattern.compile("PV\\d{2}");

    public static CbsRegion parse(String text) {
        String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (MUNICIPALITY.matcher(code).matches()) {
            return new CbsRegion(Kind.MUNICIPALITY, code);
        }
        if (PROVINCE.matcher(code).matches()) {
            return new CbsRegion(Kind.PROVINCE, code);
        }
        if (code.equals("NL01")) {
            return new CbsRegion(Kind.COUNTRY, code);
        }
        throw InvalidValueException.of("publicFigures.region.invalid", Message.shorten(text));
    }

    public boolean isMunicipality() {
        return kind == Kind.MUNICIPALITY;
    }
}
